import { ruleCases } from '../../src/testing/cases.js';

ruleCases('landing/form-valid');

import { ruleCases } from '../../src/testing/cases.js';

ruleCases('landing/in-scope');

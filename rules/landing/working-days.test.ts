import { ruleCases } from '../../src/testing/cases.js';

ruleCases('landing/working-days');

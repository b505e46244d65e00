import { ruleCases } from '../../src/testing/cases.js';

ruleCases('data/mixed-script');

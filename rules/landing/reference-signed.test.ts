import { ruleCases } from '../../src/testing/cases.js';

ruleCases('landing/reference-signed');

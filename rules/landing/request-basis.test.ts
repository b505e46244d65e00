import { ruleCases } from '../../src/testing/cases.js';

ruleCases('landing/request-basis');

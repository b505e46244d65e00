import { ruleCases } from '../../src/testing/cases.js';

ruleCases('leading-school/designation-basis');

import { ruleCases } from '../../src/testing/cases.js';

ruleCases('leading-school/trainer-certified');

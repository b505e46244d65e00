import { ruleCases } from '../../src/testing/cases.js';

ruleCases('support-center/qualification-cycle');

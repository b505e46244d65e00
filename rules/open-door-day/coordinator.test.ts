import { ruleCases } from '../../src/testing/cases.js';

ruleCases('open-door-day/coordinator');

import { badCases } from '../../src/testing/bad.js';

badCases('data/schema');

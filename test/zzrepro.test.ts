import { expect } from 'vitest';
import { test, fc } from './propTest.js';

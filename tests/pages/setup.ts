// Setup of the pages project: jest-dom matchers, and a fresh Taro mock before each test.
import '@testing-library/jest-dom/jest-globals';
import { beforeEach } from '@jest/globals';
import { resetTaro } from './mocks/taro';

beforeEach(() => resetTaro());

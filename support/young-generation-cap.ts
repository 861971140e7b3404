/**
 * Caps the young generation when loaded (young-generation.ts): the package's entry and the register
 * module import this first, before the modules whose loading would grow it.
 */
import { capYoungGeneration } from './young-generation';

capYoungGeneration();

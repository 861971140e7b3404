/**
 * The entry point a cucumber config loads: the World, our hooks (before any of the project's, so
 * sessions are chosen and reset before its Before hooks run) and every step definition.
 */
// First: the young generation is capped before loading the steps would grow it.
import './young-generation-cap';
import { setDefaultTimeout, setDefinitionFunctionWrapper, setWorldConstructor } from '@cucumber/cucumber';
import { trimHarnessFrames } from './harness-frames';
import { stepTimeoutFromEnvironment } from './config/timeouts';
import { MinkWorld } from './world';
import './hooks';
import '../steps/navigation';
import '../steps/forms';
import '../steps/address';
import '../steps/page-text';
import '../steps/elements';
import '../steps/fields';
import '../steps/debugging';
import '../steps/http-extras';
import '../steps/browser';
import '../steps/element-actions';
import '../steps/scoped';
import '../steps/api';
import '../steps/json';
import '../steps/session-state';
import '../steps/pause';
import '../steps/accessibility';
import '../steps/screens';
import '../steps/network-stubs';
import '../steps/downloads';

setWorldConstructor(MinkWorld);
setDefinitionFunctionWrapper(trimHarnessFrames);
// Browser steps wait up to waitTimeout on their own and then fail with a precise message; cucumber's
// 5 s default would cut them off first with a vague one. A WAIT_TIMEOUT beyond 50 s raises it.
setDefaultTimeout(stepTimeoutFromEnvironment());

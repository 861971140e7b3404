/** The public API for a project's cucumber config and custom steps. */
// First: a project's config loads this module early in the run, before the young generation has grown.
import './young-generation-cap';
export { defineConfig, REGISTER_MODULE, HTTP_ONLY_TAG, type MinkConfigOptions, type MinkProfileOptions, type CucumberProfiles } from './config/preset';
export { resolveParameters, ConfigError, type MinkParameters } from './config/parameters';
export { MinkWorld } from './world';
export { Session, type ElementLike, type SavedStateCheck } from './session/session';
export { MinkElement, type SelectorType, type SelectorArgument } from './session/element';
export { WebAssert } from './session/assertions';
export { ExpectationError, ElementNotFoundError } from './session/errors';
export { UnsupportedDriverActionError, DriverError, TransientDriverError, type Driver, type ElementHandle } from './drivers/driver';

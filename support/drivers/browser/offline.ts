/**
 * Imported before selenium-webdriver: Selenium Manager reads these when it is spawned, and it must
 * never reach the network (we always name the driver executable, so it should not run at all).
 */
process.env.SE_OFFLINE = 'true';
process.env.SE_AVOID_STATS = 'true';

export {};

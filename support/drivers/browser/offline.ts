/**
 * Imported before selenium-webdriver: Selenium Manager reads these when selenium-webdriver spawns it,
 * and then it must never reach the network (we always name the driver executable, so it should not
 * run at all). The local search runs Selenium Manager itself, without SE_OFFLINE, its command line
 * saying whether it may go online (selenium-manager.ts).
 */
process.env.SE_OFFLINE = 'true';
process.env.SE_AVOID_STATS = 'true';

export {};

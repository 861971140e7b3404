/**
 * What a scenario sets for the origin it talks to, and reads back: request headers, HTTP credentials
 * and cookies. Apart from the Session because they share one rule of their own: they apply to the
 * current page's origin, or to the base URL's before the first visit, so a scenario can set them up
 * before it opens any page.
 */
import type { Driver } from '../drivers/driver';
import { checkCookie, checkHeader } from './http-syntax';

/** What the Session lends: its driver, started on demand, and its rule for paths. */
export interface OriginHost {
  readonly driver: Driver;
  ensureStarted(): Promise<void>;
  locatePath(page: string): string;
}

export class OriginSettings {
  constructor(private readonly host: OriginHost) {}

  /** The page whose origin headers, credentials and cookies apply to: the current page, or the base URL before the first visit. */
  async originUrl(): Promise<string> {
    if (this.host.driver.isStarted()) {
      const current = await this.host.driver.currentUrl().catch(() => null);
      if (current && /^https?:/.test(current)) return current;
    }
    return this.host.locatePath('/');
  }

  async setRequestHeader(name: string, value: string): Promise<void> {
    checkHeader(name, value);
    await this.host.ensureStarted();
    await this.host.driver.setRequestHeader(name, value, await this.originUrl());
  }

  async setBasicAuth(credentials: { user: string; password: string } | null): Promise<void> {
    await this.host.ensureStarted();
    await this.host.driver.setBasicAuth(credentials, await this.originUrl());
  }

  async setCookie(name: string, value: string | null): Promise<void> {
    checkCookie(name, value);
    await this.host.ensureStarted();
    await this.host.driver.setCookie(name, value, await this.originUrl());
  }

  async cookie(name: string): Promise<string | null> {
    await this.host.ensureStarted();
    return this.host.driver.getCookie(name, await this.originUrl());
  }
}

/**
 * Screens of common devices, as Chrome's DevTools device toolbar describes them: the viewport in CSS
 * pixels, the device pixel ratio, touch, and the user agent their browser sends. A browser emulates
 * all of it; the HTTP driver can only send the user agent.
 */
export interface DeviceProfile {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
  readonly touch: boolean;
  /** A phone or tablet: the page is laid out for a mobile viewport (`<meta name="viewport">` honoured). */
  readonly mobile: boolean;
  readonly userAgent: string;
}

const IOS_SAFARI = (device: string, os: string) =>
  `Mozilla/5.0 (${device}; CPU ${os} 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1`;
const ANDROID_CHROME = (model: string) =>
  `Mozilla/5.0 (Linux; Android 13; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36`;

export const DEVICES: readonly DeviceProfile[] = [
  { name: 'iPhone SE', width: 375, height: 667, pixelRatio: 2, touch: true, mobile: true, userAgent: IOS_SAFARI('iPhone', 'iPhone OS') },
  { name: 'iPhone 13', width: 390, height: 844, pixelRatio: 3, touch: true, mobile: true, userAgent: IOS_SAFARI('iPhone', 'iPhone OS') },
  { name: 'Pixel 7', width: 412, height: 915, pixelRatio: 2.625, touch: true, mobile: true, userAgent: ANDROID_CHROME('Pixel 7') },
  { name: 'Galaxy S20', width: 360, height: 800, pixelRatio: 4, touch: true, mobile: true, userAgent: ANDROID_CHROME('SM-G981B') },
  { name: 'iPad Mini', width: 768, height: 1024, pixelRatio: 2, touch: true, mobile: true, userAgent: IOS_SAFARI('iPad', 'OS') },
];

/** By name, ignoring case and spacing ("iphone13", "IPhone 13"); null when no device has it. */
export function findDevice(name: string): DeviceProfile | null {
  const key = (text: string) => text.toLowerCase().replace(/\s+/g, '');
  return DEVICES.find((device) => key(device.name) === key(name)) ?? null;
}

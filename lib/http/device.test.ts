import { expect, test } from "vitest";
import { isPhone } from "./device";

const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const ANDROID_PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";
const ANDROID_TABLET = "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
const FIREFOX_ANDROID = "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0";
const DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

const request = (values: Record<string, string>) => new Headers(values);

test("phones are told by their user agent", () => {
  expect(isPhone(request({ "user-agent": IPHONE }))).toBe(true);
  expect(isPhone(request({ "user-agent": ANDROID_PHONE }))).toBe(true);
  expect(isPhone(request({ "user-agent": FIREFOX_ANDROID }))).toBe(true);
});

test("tablets, desktops and requests without a user agent get the table", () => {
  expect(isPhone(request({ "user-agent": ANDROID_TABLET }))).toBe(false);
  expect(isPhone(request({ "user-agent": DESKTOP }))).toBe(false);
  expect(isPhone(request({}))).toBe(false);
});

test("Chromium's mobile client hint decides over the user agent", () => {
  expect(isPhone(request({ "user-agent": DESKTOP, "sec-ch-ua-mobile": "?1" }))).toBe(true);
  // Either way: a phone asking for the desktop site says ?0, and gets the table.
  expect(isPhone(request({ "user-agent": ANDROID_PHONE, "sec-ch-ua-mobile": "?0" }))).toBe(false);
});

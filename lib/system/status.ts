// new-api's GET /api/status: what its web front-end reads on every page. A missing
// quota_per_unit renders every amount as $NaN, a missing chats array toasts an error on each
// page, and enable_drawing must be true for the Midjourney log menu to show; panels that
// would call endpoints we do not have (uptime, announcements, API info, FAQ) are turned off.
import packageJson from "../../package.json" with { type: "json" };
import { QUOTA_PER_USD } from "../billing/units";
import { optionBool, type Options } from "../options/options";
import { hasAnyUser } from "../users/bootstrap-root";

const STARTED_AT = Math.floor(Date.now() / 1000);

export async function systemStatus(options: Options, serverAddress: string) {
  const github = Boolean(process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET);
  return {
    version: packageJson.version,
    start_time: STARTED_AT,
    system_name: options.SystemName,
    logo: "",
    footer_html: "",
    server_address: serverAddress,
    setup: await hasAnyUser(),
    register_enabled: optionBool(options, "RegisterEnabled"),
    email_verification: false,
    github_oauth: github,
    github_client_id: github ? process.env.AUTH_GITHUB_ID : "",
    discord_oauth: false, linuxdo_oauth: false, telegram_oauth: false, wechat_login: false, oidc_enabled: false, passkey_login: false,
    turnstile_check: false, turnstile_site_key: "",
    user_agreement_enabled: false, privacy_policy_enabled: false, checkin_enabled: false,
    quota_per_unit: QUOTA_PER_USD,
    display_in_currency: true,
    quota_display_type: "USD",
    usd_exchange_rate: 1,
    price: 1,
    top_up_link: "",
    docs_link: "",
    chats: [],
    enable_drawing: true,
    enable_task: false,
    enable_data_export: true,
    data_export_default_time: "hour",
    enable_batch_update: true,
    default_collapse_sidebar: false,
    mj_notify_enabled: optionBool(options, "MjNotifyEnabled"),
    demo_site_enabled: false,
    self_use_mode_enabled: false,
    default_use_auto_group: false,
    api_info_enabled: false, announcements_enabled: false, faq_enabled: false, uptime_kuma_enabled: false,
  };
}

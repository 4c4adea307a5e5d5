// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every finding id as a named constant, so that a misspelt id fails to
// compile. The ids are a contract (tests, JSON reports, scripts): add new ones
// freely, rename none. "id#variant" names other words for the same id.
namespace FindingId {

inline constexpr char AuthAppPasswordRequired[] = "auth.app_password_required";
inline constexpr char AuthBasicDisabled[] = "auth.basic_disabled";
// Exchange Online's documented cases (resources/oauth/microsoft-smtp-auth-replies.json).
inline constexpr char AuthBasicDisabledConditionalAccess[]
    = "auth.basic_disabled#conditional_access";
inline constexpr char AuthBasicDisabledMailbox[] = "auth.basic_disabled#mailbox";
inline constexpr char AuthBasicDisabledRetired[] = "auth.basic_disabled#retired";
inline constexpr char AuthBasicDisabledSecurityDefaults[] = "auth.basic_disabled#security_defaults";
inline constexpr char AuthBasicDisabledTenant[] = "auth.basic_disabled#tenant";
inline constexpr char AuthBasicDisabledUnsuccessful[] = "auth.basic_disabled#unsuccessful";
inline constexpr char AuthBasicRetiring[] = "auth.basic_retiring";
inline constexpr char AuthCleartextRefused[] = "auth.cleartext_refused";
inline constexpr char AuthFailed[] = "auth.failed";
inline constexpr char AuthMechanismUnsupported[] = "auth.mechanism_unsupported";
inline constexpr char AuthNotOffered[] = "auth.not_offered";
inline constexpr char AuthOauthFlowFailed[] = "auth.oauth_flow_failed";
inline constexpr char AuthOauthMissingScope[] = "auth.oauth_missing_scope";
inline constexpr char AuthOauthOk[] = "auth.oauth_ok";
inline constexpr char AuthOauthRefused[] = "auth.oauth_refused";
inline constexpr char AuthOauthTokenExpired[] = "auth.oauth_token_expired";
inline constexpr char AuthOauthWrongAudience[] = "auth.oauth_wrong_audience";
inline constexpr char AuthOauthWrongUser[] = "auth.oauth_wrong_user";
inline constexpr char AuthOk[] = "auth.ok";
inline constexpr char AuthTlsRequired[] = "auth.tls_required";

inline constexpr char DnsCancelledWaiting[] = "dns.cancelled_waiting";
inline constexpr char DnsCdnProxied[] = "dns.cdn_proxied";
inline constexpr char DnsDnssecBogus[] = "dns.dnssec_bogus";
inline constexpr char DnsDnssecUnchecked[] = "dns.dnssec_unchecked";
inline constexpr char DnsFailure[] = "dns.failure";
inline constexpr char DnsHostsMissing[] = "dns.hosts_missing";
inline constexpr char DnsNoAddress[] = "dns.no_address";
inline constexpr char DnsNxdomain[] = "dns.nxdomain";
inline constexpr char DnsResolvConfMissing[] = "dns.resolv_conf_missing";
inline constexpr char DnsResolverDisagreement[] = "dns.resolver_disagreement";

inline constexpr char DomainCancelledWaiting[] = "domain.cancelled_waiting";
inline constexpr char DomainDaneTlsa[] = "domain.dane_tlsa";
inline constexpr char DomainDkimMissing[] = "domain.dkim_missing";
inline constexpr char DomainDkimMissingGuess[] = "domain.dkim_missing#guess";
inline constexpr char DomainDkimOk[] = "domain.dkim_ok";
inline constexpr char DomainDkimRevoked[] = "domain.dkim_revoked";
inline constexpr char DomainDkimSyntax[] = "domain.dkim_syntax";
inline constexpr char DomainDkimTesting[] = "domain.dkim_testing";
inline constexpr char DomainDkimWeakKey[] = "domain.dkim_weak_key";
inline constexpr char DomainDmarcMissing[] = "domain.dmarc_missing";
inline constexpr char DomainDmarcMultiple[] = "domain.dmarc_multiple";
inline constexpr char DomainDmarcNone[] = "domain.dmarc_none";
inline constexpr char DomainDmarcOk[] = "domain.dmarc_ok";
inline constexpr char DomainDmarcSyntax[] = "domain.dmarc_syntax";
inline constexpr char DomainLookupFailed[] = "domain.lookup_failed";
inline constexpr char DomainMtaSts[] = "domain.mta_sts";
inline constexpr char DomainMxInvalidTarget[] = "domain.mx_invalid_target";
inline constexpr char DomainMxMissing[] = "domain.mx_missing";
inline constexpr char DomainMxNull[] = "domain.mx_null";
inline constexpr char DomainMxOk[] = "domain.mx_ok";
inline constexpr char DomainSpfMissing[] = "domain.spf_missing";
inline constexpr char DomainSpfMultiple[] = "domain.spf_multiple";
inline constexpr char DomainSpfNotAuthorized[] = "domain.spf_not_authorized";
inline constexpr char DomainSpfNotAuthorizedInclude[] = "domain.spf_not_authorized#include";
inline constexpr char DomainSpfOk[] = "domain.spf_ok";
inline constexpr char DomainSpfOkRecord[] = "domain.spf_ok#record";
inline constexpr char DomainSpfPermissive[] = "domain.spf_permissive";
inline constexpr char DomainSpfSyntax[] = "domain.spf_syntax";
inline constexpr char DomainSpfTooManyLookups[] = "domain.spf_too_many_lookups";
inline constexpr char DomainSpfVoidLookups[] = "domain.spf_void_lookups";

inline constexpr char InputHostInvalid[] = "input.host_invalid";
inline constexpr char InputHostIsEmail[] = "input.host_is_email";
inline constexpr char InputHostIsMailDomain[] = "input.host_is_mail_domain";
inline constexpr char InputHostIsMailDomainMx[] = "input.host_is_mail_domain#mx";
inline constexpr char InputHostPath[] = "input.host_path";
inline constexpr char InputHostScheme[] = "input.host_scheme";
inline constexpr char InputHostWhitespace[] = "input.host_whitespace";
inline constexpr char InputHostWithPort[] = "input.host_with_port";
inline constexpr char InputPort25Submission[] = "input.port_25_submission";
inline constexpr char InputPortInvalid[] = "input.port_invalid";
inline constexpr char InputPortSecurityMismatch[] = "input.port_security_mismatch";

inline constexpr char MessageBounce[] = "message.bounce";
inline constexpr char MessageBounceDelayed[] = "message.bounce#delayed";
// Gmail's, Yahoo's and Outlook.com's sender requirements (resources/message/bulk-senders.json).
inline constexpr char MessageBulkSenderRules[] = "message.bulk_sender_rules";
inline constexpr char MessageBulkSenderRulesMet[] = "message.bulk_sender_rules#met";
inline constexpr char MessageDeliveredInbox[] = "message.delivered_inbox";
inline constexpr char MessageDeliveredJunk[] = "message.delivered_junk";
inline constexpr char MessageDkimBodyChanged[] = "message.dkim_body_changed";
inline constexpr char MessageDkimFail[] = "message.dkim_fail";
inline constexpr char MessageDkimFailDns[] = "message.dkim_fail#dns";
inline constexpr char MessageDkimFailExpired[] = "message.dkim_fail#expired";
inline constexpr char MessageDkimFailKeyMissing[] = "message.dkim_fail#key_missing";
inline constexpr char MessageDkimFailKeyRevoked[] = "message.dkim_fail#key_revoked";
inline constexpr char MessageDkimFailKeyUnusable[] = "message.dkim_fail#key_unusable";
inline constexpr char MessageDkimFailMalformed[] = "message.dkim_fail#malformed";
inline constexpr char MessageDkimMissing[] = "message.dkim_missing";
inline constexpr char MessageDkimNotAligned[] = "message.dkim_not_aligned";
inline constexpr char MessageDkimPass[] = "message.dkim_pass";
inline constexpr char MessageDmarcFail[] = "message.dmarc_fail";
inline constexpr char MessageDmarcFailNow[] = "message.dmarc_fail#now";
inline constexpr char MessageDmarcFailNowQuarantine[] = "message.dmarc_fail#now_quarantine";
inline constexpr char MessageDmarcFailNowReject[] = "message.dmarc_fail#now_reject";
inline constexpr char MessageDmarcFailQuarantine[] = "message.dmarc_fail#quarantine";
inline constexpr char MessageDmarcFailReject[] = "message.dmarc_fail#reject";
inline constexpr char MessageDmarcPass[] = "message.dmarc_pass";
inline constexpr char MessageFcrdnsMismatch[] = "message.fcrdns_mismatch";
inline constexpr char MessageFcrdnsOk[] = "message.fcrdns_ok";
inline constexpr char MessageFetchFailed[] = "message.fetch_failed";
inline constexpr char MessageFetchFailedCleartext[] = "message.fetch_failed#cleartext";
inline constexpr char MessageFetchFailedSignIn[] = "message.fetch_failed#sign_in";
inline constexpr char MessageFetchFailedTls[] = "message.fetch_failed#tls";
inline constexpr char MessageFromMismatch[] = "message.from_mismatch";
inline constexpr char MessageFromMismatchSignedIn[] = "message.from_mismatch#signed_in";
inline constexpr char MessageIpListUnknown[] = "message.ip_list_unknown";
inline constexpr char MessageIpListUnknownRefused[] = "message.ip_list_unknown#refused";
inline constexpr char MessageIpListUnknownUnexpected[] = "message.ip_list_unknown#unexpected";
inline constexpr char MessageIpListed[] = "message.ip_listed";
inline constexpr char MessageIpListedExploited[] = "message.ip_listed#exploited";
inline constexpr char MessageIpListedPolicy[] = "message.ip_listed#policy";
inline constexpr char MessageIpNotListed[] = "message.ip_not_listed";
inline constexpr char MessageNotDelivered[] = "message.not_delivered";
inline constexpr char MessagePtrMissing[] = "message.ptr_missing";
inline constexpr char MessagePtrUnchecked[] = "message.ptr_unchecked";
inline constexpr char MessagePtrUncheckedForward[] = "message.ptr_unchecked#forward";
inline constexpr char MessageReceivedChain[] = "message.received_chain";
inline constexpr char MessageReceiverResults[] = "message.receiver_results";
inline constexpr char MessageReceiverResultsFailed[] = "message.receiver_results#failed";
inline constexpr char MessageResultsChangedDmarc[] = "message.results_changed#dmarc_now_fails";
inline constexpr char MessageResultsChangedDns[] = "message.results_changed#dns_changed";
inline constexpr char MessageResultsChangedFixed[] = "message.results_changed#fixed_since";
inline constexpr char MessageResultsChangedMessage[] = "message.results_changed#message_changed";
inline constexpr char MessageSentByWebServer[] = "message.sent_by_web_server";
inline constexpr char MessageSentByWebServerOtherServer[]
    = "message.sent_by_web_server#other_server";
inline constexpr char MessageSlowHop[] = "message.slow_hop";
// The receiver's own spam headers (resources/message/spam-headers.json).
inline constexpr char MessageSpamVerdict[] = "message.spam_verdict";
inline constexpr char MessageSpamVerdictBulk[] = "message.spam_verdict#bulk";
inline constexpr char MessageSpamVerdictSkipped[] = "message.spam_verdict#skipped";
inline constexpr char MessageSpamVerdictSpam[] = "message.spam_verdict#spam";
inline constexpr char MessageSpfFail[] = "message.spf_fail";
inline constexpr char MessageSpfFailError[] = "message.spf_fail#error";
inline constexpr char MessageSpfFailNone[] = "message.spf_fail#none";
inline constexpr char MessageSpfFailSoftfail[] = "message.spf_fail#softfail";
inline constexpr char MessageSpfPass[] = "message.spf_pass";
inline constexpr char MessageUnreadable[] = "message.unreadable";

inline constexpr char NetCancelledWaiting[] = "net.cancelled_waiting";
inline constexpr char NetControlUnavailable[] = "net.control_unavailable";
inline constexpr char NetFiltered[] = "net.filtered";
inline constexpr char NetHttpsOnly[] = "net.https_only";
inline constexpr char NetIntermittent[] = "net.intermittent";
inline constexpr char NetIpv6Broken[] = "net.ipv6_broken";
inline constexpr char NetOpen[] = "net.open";
inline constexpr char NetOutboundBlocked[] = "net.outbound_blocked";
inline constexpr char NetRefused[] = "net.refused";
inline constexpr char NetServerDown[] = "net.server_down";
inline constexpr char NetServerFirewall[] = "net.server_firewall";
inline constexpr char NetSlowGreeting[] = "net.slow_greeting";
inline constexpr char NetUnreachable[] = "net.unreachable";

inline constexpr char ProfileBackupWorks[] = "profile.backup_works";
inline constexpr char ProfileBothWork[] = "profile.both_work";
inline constexpr char ProfileMainOnly[] = "profile.main_only";
inline constexpr char ProfileNeitherWorks[] = "profile.neither_works";

inline constexpr char SendAccepted[] = "send.accepted";
inline constexpr char SendGreylisted[] = "send.greylisted";
inline constexpr char SendRateLimited[] = "send.rate_limited";
inline constexpr char SendRateLimitedAfter[] = "send.rate_limited#after";
inline constexpr char SendRecipientRejected[] = "send.recipient_rejected";
inline constexpr char SendRefused[] = "send.refused";
inline constexpr char SendRelayDenied[] = "send.relay_denied";
inline constexpr char SendSenderRejected[] = "send.sender_rejected";
inline constexpr char SendSpamRejected[] = "send.spam_rejected";
inline constexpr char SendTooLarge[] = "send.too_large";
inline constexpr char SendUtf8Unsupported[] = "send.utf8_unsupported";

inline constexpr char SiteDnsDiffers[] = "site.dns_differs";
inline constexpr char SiteDnsDiffersNone[] = "site.dns_differs#none";
inline constexpr char SitePhpBlocked[] = "site.php_blocked";
inline constexpr char SitePhpBlockedFunctions[] = "site.php_blocked#functions";
inline constexpr char SitePhpBlockedLocal[] = "site.php_blocked#local";
inline constexpr char SitePortBlocked[] = "site.port_blocked";
inline constexpr char SitePortBlockedOther[] = "site.port_blocked#other";
inline constexpr char SiteProbeNotDeleted[] = "site.probe_not_deleted";
inline constexpr char SiteProbeRejected[] = "site.probe_rejected";
inline constexpr char SiteProbeRejectedClock[] = "site.probe_rejected#clock";
inline constexpr char SiteProbeRejectedExpired[] = "site.probe_rejected#expired";
inline constexpr char SiteProbeRejectedNotFound[] = "site.probe_rejected#not_found";
inline constexpr char SiteProbeRejectedOther[] = "site.probe_rejected#other";
inline constexpr char SiteProbeRejectedReplay[] = "site.probe_rejected#replay";
inline constexpr char SiteProbeUnreachable[] = "site.probe_unreachable";
inline constexpr char SiteProbeUnreachableHtml[] = "site.probe_unreachable#html";
inline constexpr char SiteProbeUnreachableHttp[] = "site.probe_unreachable#http";
inline constexpr char SiteProbeUnreachableMalformed[] = "site.probe_unreachable#malformed";
inline constexpr char SiteProbeUnreachableNetwork[] = "site.probe_unreachable#network";
inline constexpr char SiteProbeUnreachableOversized[] = "site.probe_unreachable#oversized";
inline constexpr char SiteProbeUnreachableRedirect[] = "site.probe_unreachable#redirect";
inline constexpr char SiteProbeUnreachableSource[] = "site.probe_unreachable#source";
inline constexpr char SiteProbeUnreachableTimeout[] = "site.probe_unreachable#timeout";
inline constexpr char SiteProbeUnreachableUnsigned[] = "site.probe_unreachable#unsigned";
inline constexpr char SiteProbeUnreachableUrl[] = "site.probe_unreachable#url";
inline constexpr char SiteSameAsHere[] = "site.same_as_here";
inline constexpr char SiteSmtpRedirected[] = "site.smtp_redirected";
inline constexpr char SiteTlsIncompatible[] = "site.tls_incompatible";
inline constexpr char SiteTlsUntrusted[] = "site.tls_untrusted";

inline constexpr char SmtpAuthMechanisms[] = "smtp.auth_mechanisms";
inline constexpr char SmtpBadReply[] = "smtp.bad_reply";
inline constexpr char SmtpCancelledWaiting[] = "smtp.cancelled_waiting";
inline constexpr char SmtpGreetingOk[] = "smtp.greeting_ok";
inline constexpr char SmtpHelloRefused[] = "smtp.hello_refused";
inline constexpr char SmtpNoGreeting[] = "smtp.no_greeting";
inline constexpr char SmtpNoReply[] = "smtp.no_reply";
inline constexpr char SmtpNotSmtp[] = "smtp.not_smtp";
inline constexpr char SmtpRejectedGreeting[] = "smtp.rejected_greeting";
inline constexpr char SmtpServiceUnavailable[] = "smtp.service_unavailable";
inline constexpr char SmtpUnexpectedHost[] = "smtp.unexpected_host";

inline constexpr char TlsDaneMismatch[] = "tls.dane_mismatch";
inline constexpr char TlsDaneOk[] = "tls.dane_ok";
inline constexpr char TlsExpectsImplicit[] = "tls.expects_implicit";
inline constexpr char TlsExpectsStarttls[] = "tls.expects_starttls";
inline constexpr char TlsExpired[] = "tls.expired";
inline constexpr char TlsHandshakeFailed[] = "tls.handshake_failed";
inline constexpr char TlsNameMismatch[] = "tls.name_mismatch";
inline constexpr char TlsOk[] = "tls.ok";
inline constexpr char TlsOldProtocol[] = "tls.old_protocol";
inline constexpr char TlsSelfSigned[] = "tls.self_signed";
inline constexpr char TlsStarttlsMissing[] = "tls.starttls_missing";
inline constexpr char TlsUntrusted[] = "tls.untrusted";

} // namespace FindingId

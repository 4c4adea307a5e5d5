#include "findings/FindingCatalog.h"

#include <QCoreApplication>

#include <array>

namespace {

using Severity = Finding::Severity;

struct Entry
{
    const char *id;
    Severity severity;
    const char *title;
    const char *explanation;
    std::array<const char *, 3> advice;
};

// Arguments: %1 host or address, %2 port, %3 a detail (error, server text).
const Entry entries[] = {
    {"domain.mx_ok",
     Severity::Pass,
     QT_TRANSLATE_NOOP("Findings", "%1 receives mail through %2"),
     QT_TRANSLATE_NOOP("Findings", "The MX records of %1 name %2, and each has an address."),
     {nullptr, nullptr, nullptr}},
    {"domain.mx_missing",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "%1 has no MX record"),
     QT_TRANSLATE_NOOP("Findings",
                       "Nobody can reply to mail from %1, and many receivers distrust a sender "
                       "domain that cannot receive mail."),
     {QT_TRANSLATE_NOOP("Findings", "Add the MX records your mail provider gives you for %1."),
      nullptr,
      nullptr}},
    {"domain.mx_null",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "%1 declares that it accepts no mail (null MX)"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1 publishes \"MX 0 .\" (RFC 7505): it takes no mail, and receivers may "
                       "reject mail that claims to come from it."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If %1 sends mail, replace the null MX with your provider's MX records."),
      nullptr,
      nullptr}},
    {"domain.mx_invalid_target",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "An MX record of %1 points to %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "An MX record must name a mail host that has its own address; %2 is %3. "
                       "Some senders then cannot deliver to %1 (RFC 5321 section 5.1)."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Change the MX record to the host name your mail provider gives (not an "
                        "address, not an alias)."),
      nullptr,
      nullptr}},
    {"domain.spf_ok",
     Severity::Pass,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 allows %2 to send"),
     QT_TRANSLATE_NOOP("Findings", "Evaluated for %2, the SPF record of %1 gives pass (%3)."),
     {nullptr, nullptr, nullptr}},
    {"domain.spf_ok#record",
     Severity::Pass,
     QT_TRANSLATE_NOOP("Findings", "%1 publishes a valid SPF record"),
     QT_TRANSLATE_NOOP("Findings",
                       "The SMTP server's address is unknown, so the record was checked for "
                       "errors and limits only."),
     {nullptr, nullptr, nullptr}},
    {"domain.spf_missing",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "%1 has no SPF record"),
     QT_TRANSLATE_NOOP("Findings",
                       "Without SPF, receivers cannot tell which servers may send for %1: mail "
                       "is more likely to land in spam, and Gmail and Yahoo require SPF or DKIM."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Publish a TXT record at %1 such as: v=spf1 include:<your provider's "
                        "SPF domain> -all"),
      nullptr,
      nullptr}},
    {"domain.spf_multiple",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "%1 has %2 SPF records"),
     QT_TRANSLATE_NOOP("Findings",
                       "There must be exactly one record starting with v=spf1. With %2, every "
                       "SPF check of %1 ends in an error (permerror, RFC 7208 section 4.5)."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Merge them into one record (combine the include: and ip4: parts) and "
                        "delete the others."),
      nullptr,
      nullptr}},
    {"domain.spf_syntax",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %2 has an error"),
     QT_TRANSLATE_NOOP("Findings",
                       "While checking %1, the SPF record of %2 could not be used: %3. Every SPF "
                       "check then ends in an error (permerror)."),
     {QT_TRANSLATE_NOOP("Findings", "Correct the record at %2 as the error says."),
      nullptr,
      nullptr}},
    {"domain.spf_too_many_lookups",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 needs too many DNS lookups"),
     QT_TRANSLATE_NOOP("Findings",
                       "Evaluating it takes more than 10 DNS lookups (include:, a, mx, ptr, "
                       "exists, redirect=), the limit of RFC 7208 section 4.6.4: receivers stop "
                       "and treat the record as broken."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Remove the include: of services you no longer use, and replace a and "
                        "mx with ip4: and ip6: ranges."),
      nullptr,
      nullptr}},
    {"domain.spf_void_lookups",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 names domains that do not exist"),
     QT_TRANSLATE_NOOP("Findings",
                       "More than two lookups of its record found nothing (the limit of RFC "
                       "7208 section 4.6.4): receivers treat the record as broken."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Remove the include: and other terms that point to names with no record."),
      nullptr,
      nullptr}},
    {"domain.spf_permissive",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 ends in %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "%2 lets any server in the world send mail as %1, which makes the record "
                       "useless against forgery; receivers may treat the domain as a spam source."),
     {QT_TRANSLATE_NOOP("Findings",
                        "End the record with -all (or ~all while you test) once every sending "
                        "service is listed."),
      nullptr,
      nullptr}},
    {"domain.spf_not_authorized",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 does not allow %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "Mail from %1 sent through the server at %2 gets the SPF result %3: "
                       "receivers may reject it or file it as spam."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Add the sending service to the SPF record of %1: the include: your "
                        "provider documents, or ip4:%2."),
      nullptr,
      nullptr}},
    {"domain.spf_not_authorized#include",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 does not allow %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "Mail from %1 sent through the server at %2 gets the SPF result %3: "
                       "receivers may reject it or file it as spam."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Add include:%4 (your provider's SPF domain) to the SPF record of %1."),
      nullptr,
      nullptr}},
    {"domain.dkim_ok",
     Severity::Pass,
     QT_TRANSLATE_NOOP("Findings", "DKIM key for selector %1 is published (%4)"),
     QT_TRANSLATE_NOOP("Findings",
                       "%3 holds a valid DKIM public key (%4). Receivers use it to check the "
                       "signature added to mail from %2."),
     {nullptr, nullptr, nullptr}},
    {"domain.dkim_missing",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "No DKIM key for selector %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "There is no DKIM record at %3. Mail signed with selector %1 cannot be "
                       "verified and is treated as unsigned: it is more likely to land in spam, "
                       "and a DMARC policy can reject it."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the selector in your mail provider's DKIM settings (the part "
                        "before ._domainkey)."),
      QT_TRANSLATE_NOOP("Findings",
                        "Publish the record your provider gives you at %3 (often a CNAME), or "
                        "turn DKIM signing on in its dashboard."),
      QT_TRANSLATE_NOOP("Findings",
                        "DNS changes can take a while to appear; run the check again later.")}},
    {"domain.dkim_missing#guess",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "No DKIM key found for %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "None of the usual selectors (%1) holds a DKIM key for %2. Your provider "
                       "may use another selector, or mail from %2 is not signed."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Find the selector in your provider's DKIM settings and run the check "
                        "again with it."),
      QT_TRANSLATE_NOOP("Findings",
                        "If DKIM is not set up, turn it on in your provider's dashboard and "
                        "publish the record it gives."),
      nullptr}},
    {"domain.dkim_revoked",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The DKIM key for selector %1 is revoked"),
     QT_TRANSLATE_NOOP("Findings",
                       "The record at %3 has an empty key (p=), which means the key was "
                       "withdrawn. Mail still signed with selector %1 fails DKIM."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If your provider still signs with %1, publish its current key at %3."),
      QT_TRANSLATE_NOOP(
          "Findings", "If you moved to a new selector, make sure mail is signed with the new one."),
      nullptr}},
    {"domain.dkim_weak_key",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The DKIM key for selector %1 is only %4 bits"),
     QT_TRANSLATE_NOOP("Findings",
                       "Receivers ignore DKIM signatures made with RSA keys under 1024 bits, and "
                       "2048 bits is the recommended size (RFC 8301). Short keys can be broken."),
     {QT_TRANSLATE_NOOP(
          "Findings", "Create a new 2048-bit key (provider dashboard or your server's DKIM tool)."),
      QT_TRANSLATE_NOOP("Findings", "Publish it under a new selector and switch signing to it."),
      QT_TRANSLATE_NOOP("Findings", "Then remove or empty the old record at %3.")}},
    {"domain.dkim_testing",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "DKIM for selector %1 is in testing mode (t=y)"),
     QT_TRANSLATE_NOOP("Findings",
                       "The record at %3 carries t=y: receivers must treat your mail as if it "
                       "were not signed, so the signature may count for nothing."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Once signed mail verifies correctly, remove t=y from the record at %3 and "
                        "keep the rest unchanged."),
      nullptr,
      nullptr}},
    {"domain.dkim_syntax",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The DKIM record for selector %1 is invalid"),
     QT_TRANSLATE_NOOP("Findings",
                       "The record at %3 cannot be used: %4. Receivers cannot verify signatures "
                       "made with selector %1."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Copy the record again exactly as your provider shows it; a key split "
                        "into several strings must be joined with nothing in between."),
      QT_TRANSLATE_NOOP("Findings", "Keep only one TXT record at %3."),
      QT_TRANSLATE_NOOP("Findings", "Use your provider's \"verify\" button after the change.")}},
    {"domain.dmarc_ok",
     Severity::Pass,
     QT_TRANSLATE_NOOP("Findings", "DMARC policy for %1: %3"),
     QT_TRANSLATE_NOOP("Findings",
                       "%2 asks receivers to %3 mail that claims to come from %1 but fails SPF and "
                       "DKIM alignment (for %4% of such mail)."),
     {nullptr, nullptr, nullptr}},
    {"domain.dmarc_none",
     Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "DMARC for %1 only monitors (p=none)"),
     QT_TRANSLATE_NOOP("Findings",
                       "%2 publishes p=none: receivers send reports but deliver failing mail as "
                       "usual. A good first step, not the last one."),
     {QT_TRANSLATE_NOOP(
          "Findings",
          "Make sure the record has rua=mailto:... and read the reports for a few weeks."),
      QT_TRANSLATE_NOOP("Findings",
                        "When all your legitimate mail passes SPF or DKIM, change p=none to "
                        "p=quarantine at %2."),
      QT_TRANSLATE_NOOP("Findings", "Later, move to p=reject.")}},
    {"domain.dmarc_missing",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "%1 has no DMARC policy"),
     QT_TRANSLATE_NOOP("Findings",
                       "There is no DMARC record at %2. Gmail, Yahoo and Microsoft increasingly "
                       "require one, and without it receivers do not know what to do with mail "
                       "forged in the name of %1."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Publish a TXT record at %2: v=DMARC1; p=none; rua=mailto:you@%1"),
      QT_TRANSLATE_NOOP("Findings", "Read the reports, then tighten the policy to quarantine."),
      nullptr}},
    {"domain.dmarc_multiple",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "%1 has %3 DMARC records"),
     QT_TRANSLATE_NOOP("Findings",
                       "%2 holds %3 records starting with v=DMARC1. With more than one, receivers "
                       "apply no DMARC policy at all (RFC 7489 section 6.6.3)."),
     {QT_TRANSLATE_NOOP("Findings", "Merge them into one record at %2 and delete the others."),
      nullptr,
      nullptr}},
    {"domain.dmarc_syntax",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The DMARC record of %1 is invalid"),
     QT_TRANSLATE_NOOP("Findings",
                       "The record at %2 cannot be used as it is: %3. Receivers discard a record "
                       "they cannot read, or treat it as p=none."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Correct the record at %2; a minimal valid one is v=DMARC1; p=none; "
                        "rua=mailto:you@%1"),
      QT_TRANSLATE_NOOP("Findings", "Addresses in rua= and ruf= must start with mailto:."),
      nullptr}},
    {"domain.lookup_failed",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The %2 record at %1 could not be looked up"),
     QT_TRANSLATE_NOOP("Findings",
                       "The DNS gave no usable answer for %1 (%3), so it is unknown whether a %2 "
                       "record is published."),
     {QT_TRANSLATE_NOOP("Findings", "Run the check again: a passing DNS fault clears by itself."),
      QT_TRANSLATE_NOOP("Findings",
                        "If it keeps failing, ask your DNS host to check the zone and its DNSSEC "
                        "signatures."),
      nullptr}},
    {"domain.mta_sts",
     Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "%1 announces an MTA-STS policy"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1 publishes \"%2\" (RFC 8461): senders that support it require "
                       "encrypted, verified connections to its mail servers. The policy file "
                       "itself was not fetched."),
     {nullptr, nullptr, nullptr}},
    {"domain.dane_tlsa",
     Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "DANE records are published at %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1 holds %2 TLSA record(s) (RFC 7672): senders that use DANE check the "
                       "server's certificate against them. Keep them up to date when the "
                       "certificate changes."),
     {nullptr, nullptr, nullptr}},
    {"input.host_whitespace",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The server name contains spaces"),
     QT_TRANSLATE_NOOP("Findings",
                       "\"%1\" contains spaces or line breaks, often copied along with the name. "
                       "Many programs then look up a name that does not exist."),
     {QT_TRANSLATE_NOOP("Findings", "Enter the name without spaces: %2."), nullptr, nullptr}},
    {"input.host_scheme",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server name starts with %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "An SMTP server name is a plain host name such as smtp.example.com, not a "
                       "web address: \"%1\" starts with %2, which most mail programs do not "
                       "understand."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Enter %3 as the server name and choose the encryption in its own field."),
      nullptr,
      nullptr}},
    {"input.host_is_email",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server name is an e-mail address"),
     QT_TRANSLATE_NOOP("Findings",
                       "\"%1\" is an e-mail address. The SMTP server is the name of a machine, "
                       "given by the provider of the addresses ending in @%2."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Enter your provider's SMTP server name (for example from its help "
                        "pages, or from the list of providers)."),
      QT_TRANSLATE_NOOP("Findings", "Your e-mail address goes in the user name field, not here."),
      nullptr}},
    {"input.host_path",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server name contains a path (%2)"),
     QT_TRANSLATE_NOOP("Findings",
                       "\"%1\" looks like part of a web address. An SMTP server name has no "
                       "slash and no path."),
     {QT_TRANSLATE_NOOP("Findings", "Enter the host name alone: %3."), nullptr, nullptr}},
    {"input.host_with_port",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The port is written into the server name"),
     QT_TRANSLATE_NOOP("Findings",
                       "\"%1\" contains the port. Most programs have a field of its own for "
                       "the port, and look up \"%1\" as a name, which does not exist."),
     {QT_TRANSLATE_NOOP("Findings", "Enter %2 as the server and %3 as the port."),
      nullptr,
      nullptr}},
    {"input.host_invalid",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "\"%1\" is not a valid server name"),
     QT_TRANSLATE_NOOP("Findings",
                       "A server name is made of letters, digits and hyphens, separated by dots "
                       "(such as smtp.example.com), or is an IP address."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Copy the SMTP server name exactly from your mail provider's help pages."),
      nullptr,
      nullptr}},
    {"input.host_is_mail_domain",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "%1 is a mail domain, not its SMTP server"),
     QT_TRANSLATE_NOOP("Findings",
                       "Addresses end in @%1, but %2 sends mail through the server %3. The "
                       "domain itself does not accept mail programs."),
     {QT_TRANSLATE_NOOP("Findings", "Use %3 as the SMTP server."), nullptr, nullptr}},
    // The same finding when the host's own MX records give it away.
    {"input.host_is_mail_domain#mx",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "%1 receives mail, but is not a server to send through"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1 has MX records (its mail goes to %2), and none of the ports %3 opens "
                       "on it: it is a mail domain, not the server your program should send "
                       "through."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Look up your provider's SMTP server name in its help pages, or choose "
                        "your provider in the list."),
      nullptr,
      nullptr}},
    {"tls.old_protocol",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 uses an old TLS version"),
     QT_TRANSLATE_NOOP("Findings",
                       "The connection was encrypted with %3. TLS 1.0 and 1.1 are broken and "
                       "retired (RFC 8996): up-to-date programs refuse them."),
     {QT_TRANSLATE_NOOP("Findings", "Ask the server's administrator to enable TLS 1.2 or 1.3."),
      nullptr,
      nullptr}},
    {"input.port_invalid",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "%1 is not a port number"),
     QT_TRANSLATE_NOOP("Findings", "A port is a whole number from 1 to 65535."),
     {QT_TRANSLATE_NOOP("Findings", "Use 587 with STARTTLS, or 465 with SSL/TLS."),
      nullptr,
      nullptr}},
    {"input.port_security_mismatch",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "Port %1 expects %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "Port 465 speaks SSL/TLS from the first byte, and port 587 starts in plain "
                       "text and then switches with STARTTLS. The chosen encryption does not "
                       "match port %1: the connection hangs or fails."),
     {QT_TRANSLATE_NOOP("Findings", "Choose %2 for port %1."), nullptr, nullptr}},
    {"input.port_25_submission",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "Port 25 is for servers, not for sending from a website"),
     QT_TRANSLATE_NOOP("Findings",
                       "Port 25 carries mail between mail servers. Many hosting and Internet "
                       "providers block it, and mail providers expect programs to send through "
                       "587 (STARTTLS) or 465 (SSL/TLS) with a password."),
     {QT_TRANSLATE_NOOP("Findings", "Use port 587 with STARTTLS."), nullptr, nullptr}},
    {"dns.nxdomain",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The name %1 does not exist"),
     QT_TRANSLATE_NOOP("Findings",
                       "The DNS answered that there is no host called %1 (NXDOMAIN). "
                       "A server that cannot be found cannot take your mail."),
     {QT_TRANSLATE_NOOP("Findings", "Check the host name for typing errors."),
      QT_TRANSLATE_NOOP("Findings",
                        "Copy the SMTP server name exactly from your mail provider's help pages."),
      nullptr}},
    {"dns.no_address",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The name %1 has no address"),
     QT_TRANSLATE_NOOP("Findings",
                       "The name %1 exists in DNS, but it has neither an IPv4 (A) nor an IPv6 "
                       "(AAAA) address, so there is nothing to connect to."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check that this is the SMTP server's name and not only a domain name."),
      QT_TRANSLATE_NOOP("Findings",
                        "If you manage this domain, add an A record for the mail server."),
      nullptr}},
    {"dns.failure",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "DNS could not answer for %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "Looking up %1 failed (%3). The DNS resolver did not give a usable answer, "
                       "so the SMTP server's address is unknown."),
     {QT_TRANSLATE_NOOP("Findings", "Run the check again: a passing DNS fault clears by itself."),
      QT_TRANSLATE_NOOP("Findings",
                        "If it keeps failing, ask whoever runs this machine's DNS resolver, "
                        "or try another resolver."),
      nullptr}},
    {"dns.resolv_conf_missing",
     Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "This machine has no readable %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1, which names the DNS servers to ask, is missing or cannot be read. "
                       "Without it, programs on this machine, and this diagnosis, ask a DNS "
                       "server on the machine itself (127.0.0.1); if none runs there, no name "
                       "can be looked up."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If names do not resolve, create %1 with a line such as \"nameserver\" "
                        "followed by the address of your network's DNS server."),
      nullptr,
      nullptr}},
    {"dns.hosts_missing",
     Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "This machine has no readable %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1, the list of names this machine knows by itself, is missing or "
                       "cannot be read. The diagnosis goes on with DNS alone; only names that "
                       "were written in that file are unknown."),
     {nullptr, nullptr, nullptr}},
    {"auth.ok",
     Severity::Pass,
     QT_TRANSLATE_NOOP("Findings", "Signed in to %1 port %2"),
     QT_TRANSLATE_NOOP("Findings", "The server accepted the user name and password (%3)."),
     {nullptr, nullptr, nullptr}},
    {"auth.not_offered",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 offers no sign-in"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Its EHLO reply has no AUTH line: this port does not take a user name and "
         "password. It may be a server-to-server port (25), or sign-in is switched off."),
     {QT_TRANSLATE_NOOP(
          "Findings",
          "Use your provider's submission port: 587 with STARTTLS or 465 with SSL/TLS."),
      QT_TRANSLATE_NOOP("Findings",
                        "If the server should relay without a password, ask its administrator to "
                        "allow this machine's address."),
      nullptr}},
    {"auth.tls_required",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings",
                       "The server on %1 port %2 takes a password only over encryption"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server wants the connection encrypted before it accepts a sign-in "
                       "(RFC 3207, RFC 4954). %3"),
     {QT_TRANSLATE_NOOP("Findings", "Choose STARTTLS on port 587, or SSL/TLS on port 465."),
      nullptr,
      nullptr}},
    {"auth.failed",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 refused the user name or password"),
     QT_TRANSLATE_NOOP("Findings", "The server said: %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the user name (often the full e-mail address) and type the password "
                        "again."),
      QT_TRANSLATE_NOOP("Findings",
                        "If the account uses two-step verification, create an app password and use "
                        "it here."),
      nullptr}},
    {"auth.app_password_required",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The provider wants an app password, not your normal password"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "The server refused the sign-in because the account has two-step "
         "verification, or because the provider blocked a sign-in it found unusual: %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Create an app password in your account's security settings (Google: "
                        "myaccount.google.com/apppasswords) and use it instead of your password."),
      QT_TRANSLATE_NOOP("Findings",
                        "If the provider asks you to confirm the sign-in, log in once in a web "
                        "browser and try again."),
      nullptr}},
    {"auth.basic_disabled",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "Password sign-in is switched off for this account"),
     QT_TRANSLATE_NOOP("Findings",
                       "The provider accepts no user name and password here (SMTP AUTH is disabled "
                       "for the organisation or the mailbox, or basic authentication was retired): "
                       "%3. The password itself may be right."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask your Microsoft 365 administrator to enable SMTP AUTH for this mailbox "
                        "(aka.ms/smtp_auth_disabled), or switch to OAuth2."),
      QT_TRANSLATE_NOOP("Findings",
                        "Or send through the provider's API or a relay service instead."),
      nullptr}},
    {"auth.mechanism_unsupported",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "No common way to sign in with %1 port %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server offers the sign-in methods %3, and none of them fits what was "
                       "asked for or what SMTP Doctor can do with these credentials."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Let SMTP Doctor choose the method, or pick one the server offers."),
      nullptr,
      nullptr}},
    {"auth.cleartext_refused",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The password was not sent: the connection is not encrypted"),
     QT_TRANSLATE_NOOP("Findings",
                       "Signing in to %1 port %2 (%3) would send the password readable by anyone "
                       "on the way, so SMTP Doctor did not sign in."),
     {QT_TRANSLATE_NOOP("Findings", "Choose STARTTLS on port 587, or SSL/TLS on port 465."),
      QT_TRANSLATE_NOOP("Findings",
                        "Only on a network you trust: allow signing in without encryption "
                        "(the checkbox, or --allow-cleartext-auth)."),
      nullptr}},
    {"send.accepted",
     Severity::Pass,
     QT_TRANSLATE_NOOP("Findings", "The test message was accepted by %1 port %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server took the message for delivery (%3). If it does not arrive, look "
                       "in the spam folder and at the sender domain's records."),
     {nullptr, nullptr, nullptr}},
    {"send.sender_rejected",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server refuses this sender address"),
     QT_TRANSLATE_NOOP("Findings", "The From address is not one this account may send as: %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send from the address of the account you sign in with, or from a domain "
                        "your provider has verified."),
      QT_TRANSLATE_NOOP("Findings",
                        "Microsoft 365: give the account \"Send As\" permission for that address."),
      nullptr}},
    {"send.relay_denied",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server will not pass the message on to other domains"),
     QT_TRANSLATE_NOOP("Findings", "It takes mail only for its own domains unless you sign in: %3"),
     {QT_TRANSLATE_NOOP("Findings", "Sign in with a user name and password (on port 587 or 465)."),
      nullptr,
      nullptr}},
    {"send.recipient_rejected",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server refuses the recipient address"),
     QT_TRANSLATE_NOOP("Findings", "The recipient does not exist or cannot receive mail: %3"),
     {QT_TRANSLATE_NOOP("Findings", "Check the recipient's address for typing errors."),
      nullptr,
      nullptr}},
    {"send.rate_limited",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server is limiting how much this account sends"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server refused for now because of the sending rate or volume: %3"),
     {QT_TRANSLATE_NOOP(
          "Findings",
          "Wait and try again later; check the provider's sending limits for your plan."),
      QT_TRANSLATE_NOOP("Findings",
                        "If a website sends many messages at once, spread them out or use a "
                        "sending service."),
      nullptr}},
    {"send.rate_limited#after",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server starts refusing after %3 message(s)"),
     QT_TRANSLATE_NOOP("Findings",
                       "Of the repeated test messages, the first %3 were accepted; from attempt "
                       "%4 on the server refused for now because of the sending rate or volume: "
                       "%5"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the provider's sending limits for your plan (messages per minute, "
                        "hour or day) and stay under them."),
      QT_TRANSLATE_NOOP("Findings",
                        "If a website sends many messages at once, spread them out or use a "
                        "sending service."),
      nullptr}},
    {"send.greylisted",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The server asks to try again later (greylisting)"),
     QT_TRANSLATE_NOOP("Findings",
                       "A first attempt from an unknown sender is deferred on purpose; a real mail "
                       "server tries again and gets through: %3"),
     {QT_TRANSLATE_NOOP("Findings", "Nothing to fix: run the check again in a few minutes."),
      nullptr,
      nullptr}},
    {"send.spam_rejected",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The message was refused as spam or as unauthenticated"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server refused the content or the sender's authentication (SPF, DKIM, "
                       "DMARC): %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the sender domain's records (the domain records step): SPF, DKIM "
                        "and DMARC must pass."),
      nullptr,
      nullptr}},
    {"send.too_large",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The message is larger than the server takes"),
     QT_TRANSLATE_NOOP("Findings", "The server refused the message for its size: %3"),
     {QT_TRANSLATE_NOOP("Findings", "Send smaller messages, or attachments as links."),
      nullptr,
      nullptr}},
    {"profile.both_work",
     Severity::Pass,
     QT_TRANSLATE_NOOP("Findings", "Both connections work"),
     QT_TRANSLATE_NOOP("Findings",
                       "The main connection (%1) and the backup connection (%2) both work."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Keep the backup settings at hand: if the main connection ever fails, "
                        "switching to them is enough."),
      nullptr,
      nullptr}},
    {"profile.backup_works",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "Only the backup connection works"),
     QT_TRANSLATE_NOOP("Findings",
                       "The main connection (%1) does not work, but the backup connection "
                       "(%2) does."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Switch your application's mail settings to the backup connection: %2."),
      QT_TRANSLATE_NOOP("Findings",
                        "The main connection's own findings say what is wrong with it, for "
                        "the provider or your network administrator."),
      nullptr}},
    {"profile.main_only",
     Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "Only the main connection works"),
     QT_TRANSLATE_NOOP("Findings",
                       "The main connection (%1) works; the backup connection (%2) does not."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Keep the main settings. Do not count on the backup until its own "
                        "findings are solved."),
      nullptr,
      nullptr}},
    {"profile.neither_works",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "Neither connection works"),
     QT_TRANSLATE_NOOP("Findings",
                       "Neither the main connection (%1) nor the backup connection (%2) works."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Each connection's findings say where it stops; solve the first "
                        "problem of the one you want to keep."),
      nullptr,
      nullptr}},
    {"send.utf8_unsupported",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server cannot take this non-ASCII address"),
     QT_TRANSLATE_NOOP("Findings",
                       "The address %3 has accents or other non-ASCII letters before the @. "
                       "Only a server that offers SMTPUTF8 can carry such an address, and "
                       "this one does not offer it."),
     {QT_TRANSLATE_NOOP("Findings", "Use a plain ASCII address for sending, or an alias of it."),
      QT_TRANSLATE_NOOP("Findings",
                        "Ask the mail provider whether it supports internationalized "
                        "addresses (SMTPUTF8)."),
      nullptr}},
    {"send.refused",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server refused the test message"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server gave a reply that SMTP Doctor does not know how to explain, "
                       "so here are its own words: %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send this report to the mail provider: the reply above says why."),
      nullptr,
      nullptr}},
    {"dns.cdn_proxied",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "%1 points to %3's web proxy"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1 has the address %2, which belongs to %3. Its proxy passes web traffic "
                       "only: connections to mail ports time out. The DNS record was probably "
                       "left \"proxied\" (orange cloud)."),
     {QT_TRANSLATE_NOOP("Findings",
                        "In %3's DNS settings, set the record of %1 to \"DNS only\" (grey cloud)."),
      QT_TRANSLATE_NOOP("Findings",
                        "Use a separate, unproxied name for the mail server, such as mail.<your "
                        "domain>."),
      nullptr}},
    {"dns.dnssec_bogus",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The DNSSEC signatures of %1 do not verify"),
     QT_TRANSLATE_NOOP("Findings",
                       "The answer for %1 is signed, but the signatures do not match (%3). "
                       "Validating resolvers refuse such answers, so for many senders the name "
                       "does not exist at all."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask whoever hosts the DNS zone to re-sign it, or to fix the DS record "
                        "at the registrar."),
      nullptr,
      nullptr}},
    {"dns.dnssec_unchecked",
     Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "DNSSEC could not be checked through this resolver"),
     QT_TRANSLATE_NOOP("Findings",
                       "The DNS resolver in use does not pass the DNSSEC signatures along, so "
                       "whether %1 is correctly signed cannot be told from here."),
     {QT_TRANSLATE_NOOP("Findings", "To check DNSSEC, run the check with a validating resolver."),
      nullptr,
      nullptr}},
    {"dns.resolver_disagreement",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "This machine's DNS and %2 disagree about %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "The system's resolver answers %3 for %1, the chosen DNS server %2 answers "
                       "%4. Programs on this machine use the system's answer, so they may reach "
                       "another server than the one checked here."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Look for an old entry for %1 in this machine's hosts file (/etc/hosts)."),
      QT_TRANSLATE_NOOP("Findings",
                        "Otherwise the local network's DNS gives its own answer (split-horizon "
                        "DNS, a filter): ask its administrator which is right."),
      nullptr}},
    {"net.open",
     Severity::Pass,
     QT_TRANSLATE_NOOP("Findings", "Port %2 on %1 accepts connections"),
     QT_TRANSLATE_NOOP("Findings", "A TCP connection to %1 port %2 succeeded in %3 ms."),
     {nullptr, nullptr, nullptr}},
    {"net.refused",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "Port %2 on %1 refused the connection"),
     QT_TRANSLATE_NOOP("Findings",
                       "The machine at %1 answered, but nothing listens on port %2, or a firewall "
                       "there rejects the connection (a TCP reset)."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the port number: submission is usually 587 (STARTTLS) or 465 "
                        "(SSL/TLS)."),
      QT_TRANSLATE_NOOP("Findings",
                        "If the port is right, the mail server is down or does not offer this "
                        "port: ask its administrator."),
      nullptr}},
    {"net.filtered",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "No answer from port %2 on %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "Connecting to %1 port %2 got no answer at all within %3 ms. Somewhere on "
                       "the way a firewall silently drops the connection: often the web host "
                       "blocks outgoing mail ports, sometimes the server's own firewall."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask your hosting provider whether outgoing connections to port %2 are "
                        "allowed, and to open them if not."),
      QT_TRANSLATE_NOOP("Findings", "Try another submission port (587, 465 or 2525)."),
      nullptr}},
    {"net.cancelled_waiting",
     Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "No answer from port %2 on %1 within %3 s, cancelled"),
     QT_TRANSLATE_NOOP("Findings",
                       "The check was cancelled while the connection to %1 port %2 was still "
                       "waiting, %3 s after it began. The port had not yet answered: whether it "
                       "is open, refused or filtered is not known."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Run the check again and let it finish to learn what port %2 does."),
      nullptr,
      nullptr}},
    {"net.intermittent",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "%1 port %2 failed in %3 of %4 attempts"),
     QT_TRANSLATE_NOOP("Findings",
                       "The same connection, repeated, does not always work: %5. A mail program "
                       "that meets one of these failures reports an error, and the next try may "
                       "work: this is why mail works only sometimes."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send this report to the mail provider or the server's administrator: it "
                        "shows which attempts failed, when and how."),
      QT_TRANSLATE_NOOP("Findings",
                        "Ask whether a firewall, a connection limit per address or an overloaded "
                        "server is in the way (refused or dropped connections, closed greetings)."),
      QT_TRANSLATE_NOOP("Findings",
                        "Make your application queue mail and retry (a local relay does), so "
                        "that one failed attempt loses no message.")}},
    {"net.slow_greeting",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 takes %3 ms to greet"),
     QT_TRANSLATE_NOOP("Findings",
                       "Connecting takes %4 ms, but the SMTP greeting comes only after %3 ms "
                       "(median of the attempts). Servers delay the greeting on purpose against "
                       "spam (tarpitting, greet-pause) or because they are overloaded; a mail "
                       "program with a short timeout gives up before it comes."),
     {QT_TRANSLATE_NOOP("Findings", "Set your mail program's SMTP timeout to 30 seconds or more."),
      QT_TRANSLATE_NOOP("Findings",
                        "If the delay is long or growing, ask the provider whether the server is "
                        "overloaded or holds back connections from your address."),
      nullptr}},
    {"net.unreachable",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "%1 cannot be reached"),
     QT_TRANSLATE_NOOP("Findings",
                       "This machine has no route to %1 (%3): the network refused to carry the "
                       "connection before it reached the server."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If this is an IPv6 address, this machine may have no working IPv6: use "
                        "the server's IPv4 address or name instead."),
      QT_TRANSLATE_NOOP("Findings",
                        "Check the network connection and any firewall on this machine."),
      nullptr}},
    {"net.ipv6_broken",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "%3 does not work for %1, %4 does"),
     QT_TRANSLATE_NOOP("Findings",
                       "On port(s) %2, the server's %4 address answers but its %3 address does "
                       "not. Programs that try %3 first (PHP, many mailers) wait until they time "
                       "out, and mail fails only on some machines."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask the server's administrator (or your host, for this machine's %3 "
                        "route) to fix %3, or to remove the %3 DNS record until it works."),
      QT_TRANSLATE_NOOP("Findings",
                        "Meanwhile, make your mail program use %4 only, for example by entering "
                        "the server's %4 address."),
      nullptr}},
    {"net.outbound_blocked",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "This network blocks outgoing port %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "Port %2 fails towards %1 and towards the reference host %3, which always "
                       "answers on it. The block is on this side: this machine's firewall, the "
                       "hosting provider or the local network stops outgoing mail traffic."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask your hosting provider or network administrator to allow outgoing "
                        "connections to port %2."),
      QT_TRANSLATE_NOOP("Findings",
                        "If another port works (see the other findings), switch to it: 465 with "
                        "SSL/TLS, or 2525 where your provider offers it."),
      nullptr}},
    {"net.server_down",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings",
                       "%1 does not answer on port %2, though this network can reach it"),
     QT_TRANSLATE_NOOP("Findings",
                       "The reference host %3 answers on port %2, so this network lets the "
                       "traffic out; %1 does not answer at all. The server is down, or a firewall "
                       "in front of it drops this machine's connections."),
     {QT_TRANSLATE_NOOP("Findings", "Check the server name and port with your mail provider."),
      QT_TRANSLATE_NOOP("Findings",
                        "Send this report to the mail provider: their server or their firewall "
                        "does not answer."),
      nullptr}},
    {"net.https_only",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "Only web traffic gets out of this network"),
     QT_TRANSLATE_NOOP("Findings",
                       "No SMTP port (%2) answers, neither on %1 nor on the reference host %3, "
                       "but HTTPS (port 443) does. Many web hosts block every mail port."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send mail through your provider's HTTP API instead of SMTP (SendGrid, "
                        "Mailgun, Amazon SES, Brevo, Postmark... all offer one, and mail "
                        "plugins support them)."),
      QT_TRANSLATE_NOOP("Findings", "Or ask your host to open an SMTP port for you."),
      nullptr}},
    {"net.control_unavailable",
     Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "The reference host %1 could not be reached"),
     QT_TRANSLATE_NOOP("Findings",
                       "SMTP Doctor compares the server with a reference host that answers on "
                       "every port. %1 did not answer at all, so a block on this side cannot be "
                       "told from a problem at the server."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check this machine's Internet connection, or choose another reference "
                        "host."),
      nullptr,
      nullptr}},
    {"smtp.greeting_ok",
     Severity::Pass,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 greets as a mail server"),
     QT_TRANSLATE_NOOP("Findings", "The server sent its SMTP greeting: %3"),
     {nullptr, nullptr, nullptr}},
    {"smtp.no_greeting",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 connects but never greets"),
     QT_TRANSLATE_NOOP("Findings",
                       "The connection was accepted, but no SMTP greeting came within %3 ms. "
                       "Either the port expects encryption from the first byte (SSL/TLS), or the "
                       "server is overloaded or deliberately slow."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If you chose None or STARTTLS on port 465, choose SSL/TLS instead."),
      QT_TRANSLATE_NOOP("Findings",
                        "Otherwise try again later, or ask the server's administrator."),
      nullptr}},
    {"smtp.rejected_greeting",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 refuses to serve you"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server greeted with a refusal: %3. It does not accept mail from this "
                       "machine's address at all, often because of a blocklist."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send the server's own words above to the mail provider and ask why this "
                        "address is refused."),
      QT_TRANSLATE_NOOP("Findings",
                        "Check whether this machine's public address is on a blocklist."),
      nullptr}},
    {"smtp.hello_refused",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 refuses to go on after the greeting"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server greeted, then refused the client's introduction (EHLO and "
                       "HELO): %3. A reply starting with 421 means that it is overloaded or "
                       "shutting down and closes the connection; a 5xx reply means that it "
                       "refuses this client."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If the reply starts with 4, try again in a few minutes: the refusal is "
                        "temporary."),
      QT_TRANSLATE_NOOP("Findings",
                        "Send the server's own words above to the mail provider and ask why the "
                        "session is refused."),
      nullptr}},
    {"smtp.service_unavailable",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 closed the session for now"),
     QT_TRANSLATE_NOOP("Findings",
                       "In the middle of the session the server answered %3 and closed the "
                       "connection (421): it is overloaded, restarting or limiting connections. "
                       "This says nothing about the sender, the recipient or the password."),
     {QT_TRANSLATE_NOOP("Findings", "Try again in a few minutes: the refusal is temporary."),
      QT_TRANSLATE_NOOP("Findings",
                        "If it keeps happening, send the server's own words above to the mail "
                        "provider."),
      nullptr}},
    {"smtp.not_smtp",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "Port %2 on %1 does not speak SMTP"),
     QT_TRANSLATE_NOOP("Findings",
                       "Something answered on this port, but not with an SMTP greeting: %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the host and port: this may be a web or another service's port."),
      nullptr,
      nullptr}},
    {"smtp.unexpected_host",
     Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "Another server answers for %1 on port %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "The greeting names %3, which does not belong to %1. Something between "
                       "you and the server answers in its place: often the hosting provider "
                       "redirects outgoing mail to its own relay, or an antivirus inspects it."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask your hosting provider whether it intercepts outgoing SMTP, and how "
                        "to reach your mail provider directly (often another port, such as 465)."),
      QT_TRANSLATE_NOOP("Findings",
                        "Do not send your mail password through this connection until you know "
                        "who %3 is."),
      nullptr}},
    {"smtp.auth_mechanisms",
     Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "Sign-in methods offered by %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "Each port that answered lists the sign-in methods it accepts (after "
                       "STARTTLS where it was used): %2. PLAIN and LOGIN send the password itself, "
                       "so they belong inside encryption only."),
     {nullptr, nullptr, nullptr}},
    {"smtp.no_reply",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 stopped answering"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server greeted, then gave no reply within %3 ms or closed the "
                       "connection in the middle of the dialogue."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Run the check again; if it persists, send this report to the server's "
                        "administrator."),
      nullptr,
      nullptr}},
    {"smtp.bad_reply",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 sent a reply that breaks SMTP"),
     QT_TRANSLATE_NOOP("Findings",
                       "A reply did not follow the SMTP rules (RFC 5321): %3. A device on the way "
                       "may be tampering with the connection."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send this report to the server's administrator or to your network's "
                        "administrator."),
      nullptr,
      nullptr}},
    {"tls.ok",
     Severity::Pass,
     QT_TRANSLATE_NOOP("Findings", "Encryption works on %1 port %2"),
     QT_TRANSLATE_NOOP("Findings", "The TLS handshake succeeded: %3."),
     {nullptr, nullptr, nullptr}},
    {"tls.handshake_failed",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The encryption handshake with %1 port %2 failed"),
     QT_TRANSLATE_NOOP("Findings",
                       "The TLS handshake did not complete: %3. Often the security setting does "
                       "not match the port: 465 expects SSL/TLS, 587 expects STARTTLS."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the pair of port and encryption: 587 with STARTTLS, or 465 with "
                        "SSL/TLS."),
      nullptr,
      nullptr}},
    {"tls.expects_starttls",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "Port %2 on %1 expects STARTTLS, not SSL/TLS"),
     QT_TRANSLATE_NOOP("Findings",
                       "SSL/TLS (encryption from the first byte) was chosen, but this port greets "
                       "in plain text and offers encryption afterwards with STARTTLS. Mail "
                       "programs then report \"wrong version number\" or \"unknown protocol\"."),
     {QT_TRANSLATE_NOOP("Findings", "Choose STARTTLS for port %2 (or use port 465 with SSL/TLS)."),
      nullptr,
      nullptr}},
    {"tls.expects_implicit",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "Port %2 on %1 expects SSL/TLS from the start"),
     QT_TRANSLATE_NOOP("Findings",
                       "The port stayed silent when spoken to in plain text, but a TLS handshake "
                       "on it succeeds: it expects encryption from the first byte. Mail programs "
                       "then wait for a greeting that never comes, until they time out."),
     {QT_TRANSLATE_NOOP("Findings", "Choose SSL/TLS for port %2 (or use port 587 with STARTTLS)."),
      nullptr,
      nullptr}},
    {"tls.dane_ok",
     Severity::Pass,
     QT_TRANSLATE_NOOP("Findings", "The certificate of %1 port %2 matches its DANE records"),
     QT_TRANSLATE_NOOP("Findings",
                       "The certificate the server presented matches the published TLSA record "
                       "%3 (RFC 7672): senders that use DANE will trust it."),
     {nullptr, nullptr, nullptr}},
    {"tls.dane_mismatch",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The certificate of %1 port %2 does not match its DANE records"),
     QT_TRANSLATE_NOOP("Findings",
                       "TLSA records are published for this server, but none matches the "
                       "certificate it presents. Senders that use DANE refuse to deliver to it; "
                       "usually the certificate was renewed and the TLSA record was not updated."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Publish a TLSA record for the new certificate (keep the old one until "
                        "caches expire), or remove the stale records."),
      nullptr,
      nullptr}},
    {"tls.untrusted",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The certificate of %1 port %2 is not trusted"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server's certificate is not signed by an authority this machine "
                       "trusts: %3. Something may be intercepting the connection."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check whether an antivirus or a company proxy inspects mail traffic."),
      QT_TRANSLATE_NOOP("Findings", "Ask the mail provider which certificate authority it uses."),
      nullptr}},
    {"tls.self_signed",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The certificate of %1 port %2 is self-signed"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server presents a certificate that it signed itself (%3), so nothing "
                       "proves that you are talking to the real server."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask the server's administrator to install a certificate from a public "
                        "authority (Let's Encrypt is free)."),
      nullptr,
      nullptr}},
    {"tls.name_mismatch",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The certificate of port %2 does not name %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "The certificate is valid, but for other names: %3. Mail programs refuse "
                       "such a connection."),
     {QT_TRANSLATE_NOOP("Findings", "Use one of the certificate's own names as the SMTP host."),
      nullptr,
      nullptr}},
    {"tls.expired",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The certificate of %1 port %2 is expired or not yet valid"),
     QT_TRANSLATE_NOOP("Findings", "The certificate's validity period does not include today: %3."),
     {QT_TRANSLATE_NOOP("Findings", "Ask the server's administrator to renew the certificate."),
      QT_TRANSLATE_NOOP("Findings", "Check that this machine's clock is right."),
      nullptr}},
    {"tls.starttls_missing",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 does not offer STARTTLS"),
     QT_TRANSLATE_NOOP("Findings",
                       "STARTTLS was chosen, but the server's EHLO reply does not offer it. "
                       "Either the server cannot encrypt on this port, or something on the way "
                       "removes the offer."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Never send a password over this connection: it would travel in clear."),
      QT_TRANSLATE_NOOP("Findings", "Try port 465 with SSL/TLS."),
      nullptr}},
// A fragment of this table, kept apart until the catalog is split by group.
#include "findings/SiteFindingEntries.h"
};

const Entry *findEntry(const QString &id)
{
    for (const Entry &entry : entries) {
        if (id == QLatin1String(entry.id))
            return &entry;
    }
    return nullptr;
}

QString fill(const char *source, const QStringList &args)
{
    // One pass, so that an argument holding "%2" (server text) stays as it is.
    const QString text = QCoreApplication::translate("Findings", source);
    QString result;
    for (int i = 0; i < text.size(); ++i) {
        const int index = i + 1 < text.size() ? text.at(i + 1).digitValue() : -1;
        if (text.at(i) == QLatin1Char('%') && index >= 1 && index <= args.size()) {
            result += args.at(index - 1);
            ++i;
        } else {
            result += text.at(i);
        }
    }
    return result;
}

} // namespace

Finding FindingCatalog::make(const QString &id,
                             const QStringList &args,
                             const QStringList &evidence,
                             const QString &check)
{
    // "id#variant" picks other words for the same finding id.
    Finding finding;
    finding.id = id.section(QLatin1Char('#'), 0, 0);
    finding.evidence = evidence;
    finding.check = check;
    const Entry *entry = findEntry(id);
    if (!entry) {
        finding.severity = Severity::Failure;
        finding.title = id;
        return finding;
    }
    finding.severity = entry->severity;
    finding.title = fill(entry->title, args);
    finding.explanation = fill(entry->explanation, args);
    for (const char *step : entry->advice) {
        if (step)
            finding.advice.append(fill(step, args));
    }
    return finding;
}

bool FindingCatalog::isKnown(const QString &id)
{
    return findEntry(id) != nullptr;
}

QStringList FindingCatalog::knownIds()
{
    QStringList ids;
    for (const Entry &entry : entries)
        ids.append(QLatin1String(entry.id));
    return ids;
}

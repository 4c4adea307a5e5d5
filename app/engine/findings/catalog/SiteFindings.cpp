// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/catalog/CatalogEntry.h"

#include "findings/FindingIds.h"

#include <QtGlobal>

#include <iterator>

namespace {

using Severity = Finding::Severity;

// The probe's own problems (site.probe_*) are warnings that name its address
// and what went wrong: the desktop's own results still stand.
constexpr CatalogEntry probeProblem(const char *id,
                                    const char *title,
                                    const char *explanation,
                                    std::array<const char *, 3> advice)
{
    return {
        id, Severity::Warning, {FindingArg::Url, FindingArg::Detail}, title, explanation, advice};
}

// site.port_blocked and its variant: the same failure, the same title; the
// advice differs by whether another port works from the website.
constexpr CatalogEntry portBlocked(const char *id,
                                   const char *explanation,
                                   std::array<const char *, 3> advice)
{
    return {id,
            Severity::Failure,
            {FindingArg::Address, FindingArg::Port, FindingArg::Detail, FindingArg::Ports},
            QT_TRANSLATE_NOOP("Findings", "Your website cannot reach port %2 on %1"),
            explanation,
            advice};
}

// The site.* findings (the website probe and the vantage merge), in id order.
const CatalogEntry entries[] = {
    {FindingId::SiteDnsDiffers,
     Severity::Warning,
     {FindingArg::Host, FindingArg::Here, FindingArg::Site},
     QT_TRANSLATE_NOOP("Findings", "Your website finds %1 at other addresses"),
     QT_TRANSLATE_NOOP("Findings",
                       "From this computer, %1 resolves to %2; from your website, to %3. The web "
                       "host's DNS answers differently: often it keeps a local copy of your domain "
                       "that points mail to itself."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask your web host to remove the local DNS zone or mail routing for your "
                        "domain (in cPanel: Email Routing set to Remote Mail Exchanger).")}},
    {FindingId::SiteDnsDiffersNone,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Here, FindingArg::Site},
     QT_TRANSLATE_NOOP("Findings", "Your website cannot find %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "From this computer, %1 resolves to %2; from your website it does not "
                       "resolve (%3)."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the host name in your website's mail settings, and ask your web "
                        "host why its DNS does not resolve %1.")}},
    {FindingId::SitePhpBlockedFunctions,
     Severity::Failure,
     {FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "PHP on your website may not open network connections"),
     QT_TRANSLATE_NOOP("Findings",
                       "Your web host disabled PHP functions that sending mail needs: %1 "
                       "(disable_functions in php.ini)."),
     {QT_TRANSLATE_NOOP(
         "Findings", "Ask your web host to enable %1, or send through an API mailer over HTTPS.")}},
    {FindingId::SitePhpBlockedLocal,
     Severity::Failure,
     {FindingArg::Detail, FindingArg::Setting},
     QT_TRANSLATE_NOOP("Findings", "PHP on your website may not open network connections"),
     QT_TRANSLATE_NOOP("Findings",
                       "Every connection from your website failed before it left the server (%1). "
                       "SELinux (here: %2) forbids it unless httpd_can_network_connect is on, or "
                       "another local policy blocks it."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask your web host to allow outgoing connections from PHP (on SELinux: "
                        "setsebool -P httpd_can_network_connect 1).")}},
    portBlocked(
        FindingId::SitePortBlocked,
        QT_TRANSLATE_NOOP("Findings",
                          "From this computer, %1 port %2 accepts connections. From your website's "
                          "server the same connection gets %3: your web host blocks outgoing mail "
                          "connections."),
        {QT_TRANSLATE_NOOP("Findings",
                           "Ask your web host to open outgoing port %2, or to allow connections to "
                           "your SMTP server %1."),
         QT_TRANSLATE_NOOP(
             "Findings",
             "If the host will not, send through an API mailer over HTTPS (the plugin of "
             "SendGrid, Mailgun, Amazon SES, Brevo or Postmark): it needs no SMTP port.")}),
    portBlocked(
        FindingId::SitePortBlockedOther,
        QT_TRANSLATE_NOOP("Findings",
                          "From this computer, %1 port %2 accepts connections. From your website's "
                          "server the same connection gets %3: your web host blocks outgoing mail "
                          "connections on that port."),
        {QT_TRANSLATE_NOOP(
             "Findings",
             "Set your website's mail settings to port %4: it works from your website "
             "as it does from here."),
         QT_TRANSLATE_NOOP(
             "Findings", "Or ask your web host to open outgoing port %2 to your SMTP server %1.")}),
    probeProblem(
        FindingId::SiteProbeNotDeleted,
        QT_TRANSLATE_NOOP("Findings", "The probe could not delete itself from your website"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "The request to delete %1 did not succeed (%2). The file still expires on "
            "its own, but it is better gone now."),
        {QT_TRANSLATE_NOOP("Findings",
                           "Delete the file with your host's file manager, FTP or SFTP.")}),
    probeProblem(
        FindingId::SiteProbeRejectedClock,
        QT_TRANSLATE_NOOP("Findings", "The probe refused the request: the clocks differ"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "This computer's clock and the web server's differ by %2 seconds, more than "
            "the five minutes the probe allows against replayed requests."),
        {QT_TRANSLATE_NOOP("Findings", "Set this computer's clock automatically (network time).")}),
    probeProblem(
        FindingId::SiteProbeRejectedExpired,
        QT_TRANSLATE_NOOP("Findings", "The probe on your website has expired"),
        QT_TRANSLATE_NOOP("Findings", "%1 answered 410: the probe expired and deleted itself."),
        {QT_TRANSLATE_NOOP("Findings", "Make a new probe and upload it.")}),
    probeProblem(
        FindingId::SiteProbeRejectedNotFound,
        QT_TRANSLATE_NOOP("Findings", "The probe is not at this address, or the key is wrong"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 answered 404 with an empty page: the file is not there, or it was made "
            "with another key (the probe answers a wrong signature exactly like a "
            "missing file)."),
        {QT_TRANSLATE_NOOP("Findings",
                           "Check the address and use the key shown when this probe was made.")}),
    probeProblem(
        FindingId::SiteProbeRejectedOther,
        QT_TRANSLATE_NOOP("Findings", "The probe refused the request"),
        QT_TRANSLATE_NOOP("Findings", "%1 refused the request (%2)."),
        {QT_TRANSLATE_NOOP("Findings",
                           "Check that the folder of the file is writable (the probe keeps the "
                           "one-time numbers it has seen next to it).")}),
    probeProblem(
        FindingId::SiteProbeRejectedReplay,
        QT_TRANSLATE_NOOP("Findings", "The probe refused a request it had seen before"),
        QT_TRANSLATE_NOOP("Findings",
                          "%1 refused the request because its one-time number was used already: "
                          "something on the way repeated it (a proxy or a cache)."),
        {QT_TRANSLATE_NOOP("Findings", "Run the test again.")}),
    probeProblem(
        FindingId::SiteProbeUnreachableHtml,
        QT_TRANSLATE_NOOP("Findings", "Your website answered with a web page, not the probe"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 returned an HTML page (HTTP %2): a login page, a firewall (WAF) or an "
            "error page, not the probe's signed answer."),
        {QT_TRANSLATE_NOOP("Findings",
                           "Open the address in a browser to see which page it is, and let the "
                           "firewall or security plugin allow the file.")}),
    probeProblem(
        FindingId::SiteProbeUnreachableHttp,
        QT_TRANSLATE_NOOP("Findings", "Your website refused the probe's request (HTTP %2)"),
        QT_TRANSLATE_NOOP("Findings",
                          "%1 answered HTTP %2 without the probe's signature: the web server, not "
                          "the probe, turned the request down."),
        {QT_TRANSLATE_NOOP("Findings",
                           "Check the address, and ask your web host whether a firewall blocks "
                           "requests to the file.")}),
    probeProblem(
        FindingId::SiteProbeUnreachableMalformed,
        QT_TRANSLATE_NOOP("Findings", "The probe's answer could not be read"),
        QT_TRANSLATE_NOOP("Findings",
                          "The signed answer from %1 is unusable (%2): cut short or damaged. This "
                          "computer's own results are kept."),
        {QT_TRANSLATE_NOOP("Findings", "Run the test again; if it repeats, make a new probe.")}),
    probeProblem(
        FindingId::SiteProbeUnreachableNetwork,
        QT_TRANSLATE_NOOP("Findings", "The probe on your website could not be reached"),
        QT_TRANSLATE_NOOP("Findings", "Fetching %1 failed before any web page came back: %2."),
        {QT_TRANSLATE_NOOP("Findings",
                           "Open the address in a browser and check that it is right.")}),
    probeProblem(FindingId::SiteProbeUnreachableOversized,
                 QT_TRANSLATE_NOOP("Findings", "The website sent far more than the probe's answer"),
                 QT_TRANSLATE_NOOP(
                     "Findings",
                     "The answer from %1 passed %2 KB, much more than the probe ever writes, so "
                     "it was not read. This computer's own results are kept."),
                 {QT_TRANSLATE_NOOP(
                     "Findings",
                     "Check that the address is the uploaded probe file and not another page.")}),
    probeProblem(
        FindingId::SiteProbeUnreachableRedirect,
        QT_TRANSLATE_NOOP("Findings", "Your website redirects the probe elsewhere"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 answered with a redirection to %2: a login page, a security plugin or a "
            "rewrite rule stands in front of the file."),
        {QT_TRANSLATE_NOOP("Findings",
                           "Use the final address (https:// and the right host name), or let the "
                           "security plugin allow the file.")}),
    {FindingId::SiteProbeUnreachableSource,
     Severity::Failure,
     {FindingArg::Url, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "Your website shows the probe's source instead of running it"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1 came back as the PHP file itself: PHP does not run in that folder, so "
                       "the file's key is readable by anyone."),
     {QT_TRANSLATE_NOOP("Findings", "Delete the file from your website now."),
      QT_TRANSLATE_NOOP("Findings",
                        "Upload a new probe into the folder where your website's PHP pages are "
                        "(the one with index.php or wp-config.php).")}},
    probeProblem(
        FindingId::SiteProbeUnreachableTimeout,
        QT_TRANSLATE_NOOP("Findings", "The probe on your website did not answer in time"),
        QT_TRANSLATE_NOOP("Findings",
                          "No complete answer came from %1 within %2 seconds. This computer's own "
                          "results are kept."),
        {QT_TRANSLATE_NOOP(
            "Findings",
            "Run the test again; a very slow or overloaded web host may need a retry.")}),
    probeProblem(
        FindingId::SiteProbeUnreachableUnsigned,
        QT_TRANSLATE_NOOP("Findings", "The answer from your website is not the probe's"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 answered without a valid signature, so not a word of it was believed: "
            "something other than the probe wrote it, or it was changed on the way."),
        {QT_TRANSLATE_NOOP("Findings", "Check that the key is the one shown with this probe.")}),
    probeProblem(
        FindingId::SiteProbeUnreachableUrl,
        QT_TRANSLATE_NOOP("Findings", "The probe's address is not usable"),
        QT_TRANSLATE_NOOP("Findings",
                          "\"%1\" is not an http:// or https:// address of the uploaded file."),
        {QT_TRANSLATE_NOOP("Findings",
                           "Copy the full address of the uploaded file, for example "
                           "https://www.example.com/smtp-doctor-probe-....php.")}),
    {FindingId::SiteSameAsHere,
     Severity::Pass,
     {FindingArg::Host, FindingArg::Ports},
     QT_TRANSLATE_NOOP("Findings", "Your website sees %1 as this computer does"),
     QT_TRANSLATE_NOOP("Findings",
                       "From your website, %1 answers as it does from here, port by port (working "
                       "ports: %2). The web host neither blocks nor diverts mail."),
     {}},
    {FindingId::SiteSmtpRedirected,
     Severity::Failure,
     {FindingArg::Address, FindingArg::Port, FindingArg::Here, FindingArg::Site},
     QT_TRANSLATE_NOOP("Findings", "Your web host diverts mail sent to port %2 to another server"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "From this computer, %1 port %2 is %3. From your website, the same address "
         "and port answer as %4: another server, usually the web host's own (cPanel's "
         "SMTP Restrictions, CSF's SMTP_REDIRECT). Signing in there with your real "
         "password fails, and the password reaches a server that is not yours."),
     {QT_TRANSLATE_NOOP(
          "Findings",
          "Ask your web host to turn off the SMTP redirection for your account "
          "(in cPanel: SMTP Restrictions), or use another port that is not diverted."),
      QT_TRANSLATE_NOOP("Findings",
                        "Or send through the web host's own mail server with the account it gives "
                        "you, or through an API mailer over HTTPS.")}},
    {FindingId::SiteTlsIncompatible,
     Severity::Failure,
     {FindingArg::Address, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "Your website's PHP and %1 agree on no TLS version"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "This computer completes the TLS handshake with %1 port %2, but PHP's OpenSSL "
         "on your website fails it even without checking the certificate (%3): they "
         "have no protocol version or cipher in common."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask your web host for a current PHP and OpenSSL (TLS 1.2 or later).")}},
    {FindingId::SiteTlsUntrusted,
     Severity::Failure,
     {FindingArg::Address, FindingArg::Port, FindingArg::Detail, FindingArg::Setting},
     QT_TRANSLATE_NOOP("Findings", "Your website's PHP does not trust the certificate of %1"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "This computer trusts the certificate on %1 port %2, but PHP on your website "
         "does not (%3). Its list of certificate authorities is missing or too old. "
         "PHP uses: %4."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask your web host to update the CA certificates of the server, or to set "
                        "openssl.cafile in php.ini to a current bundle."),
      QT_TRANSLATE_NOOP(
          "Findings",
          "Do not turn certificate checks off in your mail plugin: the password would "
          "then go to anyone who can answer in the server's place.")}},
};

} // namespace

CatalogGroup Catalog::siteFindings()
{
    return {std::begin(entries), std::end(entries)};
}

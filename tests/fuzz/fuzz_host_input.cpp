// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the host, port and encryption as a user types them into
// the wizard or passes them to the command line tool, checked by HostInput
// against the shipped provider catalog before any network work.
#include "input/HostInput.h"
#include "discovery/ProviderCatalog.h"

#include <cstdint>

namespace {

// The fix a mistake offers is itself something the user could type: offering
// it must not lead to an endless round of fixes. One round of re-checking is
// what the wizard does when the user accepts a fix.
void recheckFixes(const HostInput::Result &result, int port, Target::Security security)
{
    for (const InputIssue &issue : result.issues) {
        const QString host = issue.fixedHost.isEmpty() ? result.host : issue.fixedHost;
        HostInput::analyze(host,
                           issue.fixedPort ? int(*issue.fixedPort) : port,
                           issue.fixedSecurity.value_or(security),
                           ProviderCatalog::instance());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A seed is three lines, as the command line takes them: the host, the
    // port (any integer: --port is not a spin box) and the encryption name.
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), int(size));
    const QStringList fields = input.split(QLatin1Char('\n'));
    const QString typed = fields.value(0);
    const int port = fields.value(1).trimmed().toInt();
    const auto security = Target::securityFromName(fields.value(2).trimmed())
                              .value_or(Target::Security::StartTls);

    const HostInput::Result result = HostInput::analyze(
        typed, port, security, ProviderCatalog::instance());
    for (const InputIssue &issue : result.issues) {
        if (!issue.id.startsWith(QLatin1String("input.")))
            abort();
    }
    recheckFixes(result, port, security);
    HostInput::asciiHostName(typed);
    return 0;
}

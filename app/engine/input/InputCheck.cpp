// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/InputCheck.h"

#include "core/CheckName.h"

InputCheck::InputCheck(const Target &typed,
                       const HostInput::Result &result,
                       EventLog *log,
                       QObject *parent)
    : Check(CheckName::input(), log, parent)
    , m_typed(typed)
    , m_result(result)
{
    setDeadline(1000);
}

void InputCheck::run()
{
    for (const InputIssue &issue : std::as_const(m_result.issues)) {
        // What the issue is about: the port and mode for a port issue, the
        // host as typed for the others.
        QStringList evidence;
        if (issue.id.startsWith(QLatin1String("input.port_"))) {
            evidence.append(QStringLiteral("port %1, security %2")
                                .arg(m_typed.port)
                                .arg(Target::securityName(m_typed.security)));
        } else {
            evidence.append(QStringLiteral("typed: \"%1\"").arg(m_typed.host));
            if (m_result.usable && m_result.host != m_typed.host)
                evidence.append(QStringLiteral("diagnosing %1 instead").arg(m_result.host));
        }
        addFinding(issue.id, issue.args, evidence);
    }
    finish();
}

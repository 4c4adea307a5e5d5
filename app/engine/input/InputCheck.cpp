#include "input/InputCheck.h"

#include "core/CheckName.h"

InputCheck::InputCheck(const QString &typedHost,
                       const HostInput::Result &result,
                       EventLog *log,
                       QObject *parent)
    : Check(CheckName::input(), log, parent)
    , m_typedHost(typedHost)
    , m_result(result)
{
    setDeadline(1000);
}

void InputCheck::run()
{
    for (const InputIssue &issue : std::as_const(m_result.issues)) {
        QStringList evidence{QStringLiteral("typed: \"%1\"").arg(m_typedHost)};
        if (m_result.usable && m_result.host != m_typedHost)
            evidence.append(QStringLiteral("diagnosing %1 instead").arg(m_result.host));
        addFinding(issue.id, issue.args, evidence);
    }
    finish();
}

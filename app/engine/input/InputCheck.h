#pragma once

#include "core/Check.h"
#include "input/HostInput.h"

// Reports the mistakes in the typed settings (see HostInput), first, so
// that the user sees them before any network result.
class InputCheck : public Check
{
    Q_OBJECT
public:
    InputCheck(const QString &typedHost,
               const HostInput::Result &result,
               EventLog *log,
               QObject *parent = nullptr);

    bool isUsable() const override { return Check::isUsable() && m_result.usable; }

protected:
    void run() override;

private:
    QString m_typedHost;
    HostInput::Result m_result;
};

#pragma once

#include <QCoreApplication>
#include <QString>

// The wizard step a finding belongs to, from the name of the check that
// made it. The results pane and the HTML report group findings by it, in
// the wizard's order.
class ReportStep
{
    Q_DECLARE_TR_FUNCTIONS(ReportStep)
public:
    enum class Step { Settings, Connectivity, DomainRecords, TestEmail, Other };

    static Step ofCheck(const QString &check);
    static QString title(Step step);
    static QList<Step> all();
};

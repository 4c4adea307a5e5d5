// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

// The wizard step a finding belongs to: the website's side (every finding
// seen from the website, and the website probe's own), else from its id's
// group or the name of the check that made it. The results pane and the HTML report group findings
// by it, in the wizard's order.
class ReportStep
{
    Q_DECLARE_TR_FUNCTIONS(ReportStep)
public:
    enum class Step { Settings, Connectivity, Website, DomainRecords, TestEmail, Other };

    static Step ofCheck(const QString &check);
    // The check names this version places in a step (every CheckName).
    static QStringList knownChecks();
    // By the finding's group first: the smtp check also signs in and sends
    // (auth.*, send.*), which is the test e-mail step's business.
    static Step ofFinding(const Finding &finding);
    static QString title(Step step);
    // Untranslated and stable, for JSON ("connectivity", "domain_records"...).
    static QString keyName(Step step);
    static Step fromKeyName(const QString &name);
    static QList<Step> all();

private:
    static const QHash<QString, Step> &checkSteps();
};

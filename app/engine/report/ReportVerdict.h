// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QString>

// The one sentence at the top of the results and of every report: the most
// likely cause and the next step, in plain words. Built from finding ids
// and the findings' subjects, never from translated text. Where the
// website's view differs (site.*), the sentence names the website's side.
class ReportVerdict
{
    Q_DECLARE_TR_FUNCTIONS(ReportVerdict)
public:
    static QString sentence(const Report &report);

    // The ports other than the chosen one that accepted a connection from
    // this computer, from the findings' subjects.
    static QList<quint16> otherOpenPorts(const Report &report);

private:
    static QString portSwitchSentence(const Report &report, const Finding &worst);
    // The verdict of a finding seen from the website, naming that side.
    static QString siteSentence(const Finding &worst);
};

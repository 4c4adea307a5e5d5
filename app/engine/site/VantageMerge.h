// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/VantageView.h"

#include <QList>
#include <QString>
#include <QStringList>

// What only the difference between two vantage points shows: this
// computer's view and the website's, merged per address and port into the
// site.* findings, each with both sides in its evidence. A pure function of
// the two views (no I/O), so that every rule has its own unit test.
class VantageMerge
{
public:
    struct Conclusion
    {
        QString id;
        QStringList args;
        QStringList evidence;
        QString address; // the subject, where the conclusion has one
        quint16 port = 0;
    };

    struct Input
    {
        VantageView here;
        VantageView site;
        quint16 chosenPort = 587;
    };

    static QList<Conclusion> merge(const Input &input);

private:
    static std::optional<Conclusion> phpBlocked(const Input &input);
    static std::optional<Conclusion> dnsDiffers(const Input &input);
    static QList<Conclusion> perPort(const Input &input);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/FindingArgs.h"
#include "findings/FindingSubject.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One thing the diagnosis found out. The id is the contract (tests, JSON
// reports and scripts key on it); the texts are translated, the id never is.
class Finding
{
    Q_GADGET
public:
    enum class Severity { Pass, Info, Warning, Failure };
    Q_ENUM(Severity)

    QString id;
    Severity severity = Severity::Info;
    QString title;
    QString explanation;
    QStringList advice;
    QStringList evidence;
    QString check;
    // Who saw it (this computer or the website) and what it is about.
    FindingSubject subject;
    // The facts behind the texts, machine-readable (FindingArgs::isFact):
    // what a reader of the report keys on instead of the words.
    FindingArgs facts;

    static QString severityName(Severity severity);
    static std::optional<Severity> severityFromName(const QString &name);
    // A translated word for the severity, for text reports and the GUI.
    static QString severityLabel(Severity severity);
};

bool isWorse(Finding::Severity a, Finding::Severity b);

Q_DECLARE_METATYPE(Finding)

#pragma once

#include "findings/Finding.h"

#include <QStringList>

// Knows, for every finding id, its severity and its (translatable) title,
// explanation and advice. Checks say what they saw; the catalog says it in
// words, so that the same id always reads the same way.
class FindingCatalog
{
public:
    // Builds the finding `id`, filling %1, %2... in its texts from `args`.
    // An unknown id is a programming error: it yields a failure whose title
    // is the id itself, so that it cannot go unnoticed.
    static Finding make(const QString &id,
                        const QStringList &args,
                        const QStringList &evidence,
                        const QString &check);

    static bool isKnown(const QString &id);
    static QStringList knownIds();
};

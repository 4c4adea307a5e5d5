// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QCoreApplication;

// The user interface language: SMTP Doctor's own texts (resources :/i18n)
// and Qt's (qtbase_*.qm from qt6-translations-l10n: dialog buttons, the
// wizard's Back/Next). English is the source language.
class Translations
{
public:
    // "fr", "en"; empty: the system's. Replaces what an earlier call
    // installed, so the language can change while the application runs.
    // False when SMTP Doctor has no translation for that language.
    static bool install(QCoreApplication &app, const QString &language);
    // The languages on offer: code and name in that language.
    static QList<QPair<QString, QString>> available();
};

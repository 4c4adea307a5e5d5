// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace {

// What install() put in, to take it out again on the next call.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QTranslator *load(QCoreApplication &app,
                  const QLocale &locale,
                  const QString &name,
                  const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), directory))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

bool Translations::install(QCoreApplication &app, const QString &language)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    const bool english = locale.language() == QLocale::English;
    // English needs no file: the texts are written in it.
    QTranslator *own = english ? nullptr
                               : load(app,
                                      locale,
                                      QStringLiteral("smtp-doctor"),
                                      QStringLiteral(":/i18n"));
    QTranslator *qt = english ? nullptr
                              : load(app,
                                     locale,
                                     QStringLiteral("qtbase"),
                                     QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    for (QTranslator *translator : {qt, own}) {
        if (translator) {
            QCoreApplication::installTranslator(translator);
            installed().append(translator);
        }
    }
    return english || own;
}

QList<QPair<QString, QString>> Translations::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("fr"), QStringLiteral("Fran\u00e7ais")}};
}

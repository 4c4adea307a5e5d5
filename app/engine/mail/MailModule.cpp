// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailModule.h"

#include "mail/MailChecks.h"
#include "mail/MailModulePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>
#include <QStringList>

namespace {

QStringList candidates()
{
    const QString file = QStringLiteral(SMTP_DOCTOR_MAIL_MODULE_FILE);
    QStringList paths;
    const QString named = qEnvironmentVariable("SMTP_DOCTOR_MAIL_MODULE");
    if (!named.isEmpty())
        paths.append(named);
    const QDir program(QCoreApplication::applicationDirPath());
    paths.append(program.filePath(file));
    paths.append(program.filePath(QStringLiteral(SMTP_DOCTOR_MAIL_MODULE_RELATIVE_DIR "/") + file));
    return paths;
}

} // namespace

MailChecks *MailModule::checks(QString *error)
{
    static MailChecks *loaded = nullptr;
    static QString failure;
    if (!loaded && failure.isEmpty()) {
        QStringList problems;
        for (const QString &path : candidates()) {
            if (!QFileInfo::exists(path))
                continue;
            QPluginLoader loader(path);
            loaded = qobject_cast<MailChecks *>(loader.instance());
            if (loaded)
                break;
            problems.append(loader.errorString());
        }
        if (!loaded) {
            failure = problems.isEmpty()
                          ? QCoreApplication::translate("MailModule", "%1 was not found in %2.")
                                .arg(QStringLiteral(SMTP_DOCTOR_MAIL_MODULE_FILE),
                                     candidates().join(QStringLiteral(", ")))
                          : problems.join(QLatin1Char('\n'));
        }
    }
    if (!loaded && error)
        *error = failure;
    return loaded;
}

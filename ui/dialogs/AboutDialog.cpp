// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "core/Version.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

QString AboutDialog::text()
{
    struct Library
    {
        const char *name;
        const char *use;
        const char *licence;
    };
    // What the binaries link (see CMakeLists.txt and app/engine/CMakeLists.txt).
    const Library libraries[] = {
        {"Qt 6", QT_TRANSLATE_NOOP("AboutDialog", "user interface, networking, TLS"), "LGPL-3.0"},
        {"OpenSSL", QT_TRANSLATE_NOOP("AboutDialog", "TLS, through Qt"), "Apache-2.0"},
        {"libunbound", QT_TRANSLATE_NOOP("AboutDialog", "DNS and DNSSEC"), "BSD-3-Clause"},
        {"libevent", QT_TRANSLATE_NOOP("AboutDialog", "used by libunbound"), "BSD-3-Clause"},
        {"Nettle",
         QT_TRANSLATE_NOOP("AboutDialog", "used by libunbound"),
         "LGPL-3.0-or-later / GPL-2.0-or-later"},
        {"GNU SASL (libgsasl)",
         QT_TRANSLATE_NOOP("AboutDialog", "SMTP sign-in mechanisms"),
         "LGPL-2.1-or-later"},
    };
    QString rows;
    for (const Library &library : libraries) {
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(QString::fromUtf8(library.name),
                         tr(library.use).toHtmlEscaped(),
                         QString::fromLatin1(library.licence));
    }
    return QStringLiteral("<h2>%1 %2</h2><p>%3</p><p>%4</p><p>%10</p><h3>%5</h3>"
                          "<table cellpadding=\"3\"><tr><th align=\"left\">%6</th>"
                          "<th align=\"left\">%7</th><th align=\"left\">%8</th></tr>%9</table>")
        .arg(QStringLiteral(SMTP_DOCTOR_NAME),
             QStringLiteral(SMTP_DOCTOR_VERSION),
             tr("Finds out why an application cannot send mail, and says what to do.")
                 .toHtmlEscaped(),
             tr("Running on Qt %1.").arg(QString::fromLatin1(qVersion())).toHtmlEscaped(),
             tr("Libraries and their licences").toHtmlEscaped(),
             tr("Library").toHtmlEscaped(),
             tr("Used for").toHtmlEscaped(),
             tr("Licence").toHtmlEscaped(),
             rows,
             tr("SMTP Doctor is free software under the GNU General Public License, version 3 "
                "or (at your option) any later version (GPL-3.0-or-later).")
                 .toHtmlEscaped());
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("About SMTP Doctor"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/smtp-doctor.svg")).pixmap(64, 64));
    auto *body = new QTextBrowser(this);
    body->setObjectName(QStringLiteral("aboutText"));
    body->setAccessibleName(tr("About SMTP Doctor"));
    body->setHtml(text());
    body->setOpenExternalLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(body, 1);
    layout->addWidget(buttons);
    resize(520, 420);
}

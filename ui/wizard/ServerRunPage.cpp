// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerRunPage.h"

#include "DoctorWizard.h"
#include "ServerCommands.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ServerRunPage::ServerRunPage(DoctorWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_copyStep(new QLabel(this))
    , m_commands(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy the commands"), this))
    , m_openStep(new QLabel(this))
{
    setTitle(tr("Test from your server"));
    setSubTitle(tr("This computer's view is not the server's: a firewall there, or its provider, "
                   "can block what works from here. Run the same diagnosis on the server."));

    m_copyStep->setObjectName(QStringLiteral("serverCopyStep"));
    m_copyStep->setWordWrap(true);
    m_copyStep->setTextFormat(Qt::PlainText);
    // The portable tool brings its own libraries: nothing to install there.
    m_copyStep->setText(
        tr("1. Copy %1 to the server (with scp, SFTP or your host's file manager). It runs on "
           "any 64-bit Linux and needs nothing installed there.")
            .arg(ServerCommands::portableArchive()));
    auto *runStep = new QLabel(tr("2. Log in to the server (SSH) and run these commands in the "
                                  "folder where you copied it:"),
                               this);
    runStep->setWordWrap(true);
    m_commands->setObjectName(QStringLiteral("serverCommands"));
    m_commands->setReadOnly(true);
    m_commands->setAccessibleName(tr("Commands to run on the server"));
    m_commands->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_commands->setTabChangesFocus(true);
    m_copy->setObjectName(QStringLiteral("serverCopyButton"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_commands->toPlainText());
    });
    m_openStep->setObjectName(QStringLiteral("serverOpenStep"));
    m_openStep->setWordWrap(true);
    m_openStep->setTextFormat(Qt::PlainText);
    m_openStep->setText(tr("3. Bring %1 back to this computer. On the Results step, Add the "
                           "server's report compares it with what this computer sees, port by "
                           "port; Open report (Ctrl+O) shows it alone.")
                            .arg(ServerCommands::reportFileName()));

    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch();
    copyRow->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_copyStep);
    layout->addWidget(runStep);
    layout->addWidget(m_commands, 1);
    layout->addLayout(copyRow);
    layout->addWidget(m_openStep);
}

void ServerRunPage::initializePage()
{
    // The fixed font here, not when the wizard starts: resolving it reads a
    // font file the first page does not need (issue 19 point 3).
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The commands follow what the server page holds now.
    m_commands->setPlainText(ServerCommands::script(m_wizard->target()));
}

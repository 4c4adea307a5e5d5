// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryDialog.h"

#include "report/HistoryStore.h"
#include "ReportWindow.h"
#include "SeverityIcons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(const QString &directory, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("History - SMTP Doctor"));
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Earlier runs, newest first"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("When"), tr("Server"), tr("Problem"), tr("Result")});
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);

    const HistoryStore store(directory);
    for (HistoryEntry entry : store.entries()) {
        // A file that does not read is listed, with why, and cannot be opened.
        if (entry.state == HistoryEntry::State::Damaged)
            entry.verdict = tr("Damaged, skipped: %1").arg(entry.problem);
        else if (entry.state == HistoryEntry::State::Interrupted)
            entry.verdict = tr("Interrupted: %1").arg(entry.verdict);
        else if (entry.state == HistoryEntry::State::Cancelled)
            entry.verdict = tr("Cancelled: %1").arg(entry.verdict);
        const QString server = QStringLiteral("%1:%2").arg(entry.host).arg(entry.port);
        const QString when = QLocale().toString(entry.started.toLocalTime(), QLocale::ShortFormat);
        // A run of the command line tool has no described problem.
        const QString problem = entry.situation
                                    ? tr("%1, from: %2")
                                          .arg(Situation::symptomLabel(entry.situation->symptom),
                                               Situation::sentFromLabel(entry.situation->sentFrom))
                                    : QString();
        auto *item = new QTreeWidgetItem(m_list, {when, server, problem, entry.verdict});
        item->setIcon(0, SeverityIcons::icon(entry.worst));
        if (entry.state == HistoryEntry::State::Damaged)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        else
            item->setData(0, Qt::UserRole, entry.path);
        item->setToolTip(2, problem);
        item->setToolTip(3, entry.verdict);
        const QString spoken = problem.isEmpty() ? tr("%1, %2, %3: %4")
                                                       .arg(when,
                                                            server,
                                                            Finding::severityLabel(entry.worst),
                                                            entry.verdict)
                                                 : tr("%1, %2, %3, %4: %5")
                                                       .arg(when,
                                                            server,
                                                            problem,
                                                            Finding::severityLabel(entry.worst),
                                                            entry.verdict);
        for (int column = 0; column < 4; ++column)
            item->setData(column, Qt::AccessibleTextRole, spoken);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    // The newest run that opens: a damaged one cannot be chosen.
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentItem(m_list->topLevelItem(row));
            break;
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("historyOpenButton"));
    open->setEnabled(m_list->currentItem() != nullptr);
    open->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &HistoryDialog::openSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &HistoryDialog::openSelected);

    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(
        m_list->topLevelItemCount() > 0
            ? tr("The last %1 runs are kept on this computer.").arg(HistoryStore::capacity)
            : tr("No run has been saved yet."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

int HistoryDialog::entryCount() const
{
    return m_list->topLevelItemCount();
}

bool HistoryDialog::openSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return false;
    return ReportWindow::openFile(item->data(0, Qt::UserRole).toString(), parentWidget())
           != nullptr;
}

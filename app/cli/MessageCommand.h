#pragma once

#include "Command.h"
#include "OutputOptions.h"

// `smtp-doctor-cli message --file FILE|-`: reads a message that arrived
// (its whole source or its headers, as pasted; `-` is standard input) and
// reports what it says: the Received chain, the receiver's verdicts, a
// bounce. Through the report writers, with diagnose's exit statuses.
class MessageCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MessageCommand)
public:
    MessageCommand();

    // A pasted message is not a mailbox: past this, the input is refused.
    static constexpr qint64 maxFileBytes = 32 * 1024 * 1024;

protected:
    QString read(const QCommandLineParser &parser) override;
    int execute() override;

private:
    QCommandLineOption m_file;
    OutputOptions m_output;

    QByteArray m_message;
};

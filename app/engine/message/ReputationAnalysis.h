// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "message/SenderReputation.h"

#include <QList>

// The findings of SenderReputationCheck's answers: the sending address's
// reverse DNS (message.ptr_missing, message.fcrdns_mismatch, their
// "could not check" and pass words) and the DNS blocklists asked
// (message.ip_listed one per listing, message.ip_list_unknown when a list
// refused or did not answer, message.ip_not_listed for the rest). Every
// finding names in its evidence the lists that were asked (each learns the
// address) and carries the facts as "sender-checks". Pure.
namespace ReputationAnalysis {
QList<Finding> analyse(const SenderReputation &reputation);
}

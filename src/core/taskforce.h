/* taskforce.h — libtaskforce, the core: store, domain objects, rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#define __TASKFORCE_INSIDE__

#include "tf-version.h"
#include "tf-error.h"
#include "tf-store.h"
#include "tf-session.h"
#include "tf-access.h"
#include "tf-audit.h"
#include "tf-cpr.h"
#include "tf-format.h"
#include "tf-case-status.h"
#include "tf-guardian.h"
#include "tf-young-person.h"
#include "tf-case.h"
#include "tf-case-summary.h"
#include "tf-case-list-model.h"
#include "tf-note.h"
#include "tf-demo.h"
#include "tf-form.h"
#include "tf-area.h"
#include "tf-registry.h"
#include "tf-area-addin.h"
#include "tf-record.h"
#include "tf-indicator-value.h"
#include "tf-deadline.h"
#include "tf-plugin-manager.h"
#include "tf-staff-member.h"
#include "tf-organisation.h"
#include "tf-progression.h"
#include "tf-assessment-domain.h"
#include "tf-assessment-factor.h"
#include "tf-assessment-catalogue.h"
#include "tf-assessment.h"
#include "tf-case-workflow.h"
#include "tf-consent.h"
#include "tf-plan-goal.h"
#include "tf-action-plan.h"
#include "tf-demo-case-work.h"
#include "tf-demo-meetings.h"
#include "tf-meeting.h"
#include "tf-meeting-participant.h"
#include "tf-agenda.h"
#include "tf-task.h"
#include "tf-reminder.h"

#undef __TASKFORCE_INSIDE__

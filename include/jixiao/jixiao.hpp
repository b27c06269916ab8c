/// @file jixiao.hpp
/// @brief Everything in one include: values, model, policy, checks, evaluation, I/O.
/// Dependencies run one way: values ← model ← policy/checks/evaluation ← I/O.
#pragma once

#include "jixiao/version.hpp"

// values
#include "jixiao/decimal.hpp"
#include "jixiao/diagnostic.hpp"
#include "jixiao/error.hpp"
#include "jixiao/quantity.hpp"
#include "jixiao/target.hpp"

// model
#include "jixiao/budget.hpp"
#include "jixiao/form.hpp"
#include "jixiao/indicator.hpp"
#include "jixiao/task.hpp"
#include "jixiao/taxonomy.hpp"

// policy, checks, evaluation
#include "jixiao/finding.hpp"
#include "jixiao/monitoring.hpp"
#include "jixiao/profile.hpp"
#include "jixiao/rules.hpp"
#include "jixiao/scoring.hpp"

// I/O
#include "jixiao/io/finding_json.hpp"
#include "jixiao/io/form_io.hpp"
#include "jixiao/io/limits.hpp"
#include "jixiao/io/monitor_io.hpp"
#include "jixiao/io/report_io.hpp"
#include "jixiao/io/rules_markdown.hpp"
#include "jixiao/io/scorecard_io.hpp"
#include "jixiao/io/table_import.hpp"
#include "jixiao/io/table_reader.hpp"
#include "jixiao/io/utf8_text.hpp"
#include "jixiao/io/workbook_import.hpp"

#pragma once

namespace daihoi {

// Who votes at a congress (domain.md §2): all members, or elected delegates.
// The kind decides which absentees are taken out of the base (domain.md §3).
enum class CongressKind {
    PartyMembers, // đại hội đảng viên
    Delegates,    // đại hội đại biểu
};

} // namespace daihoi

#pragma once

namespace daihoi {

// What one election fills; each office is its own election, never on one ballot.
enum class ElectionOffice {
    Committee,       // chi ủy (cấp ủy)
    Secretary,       // Bí thư
    DeputySecretary, // Phó Bí thư
    Delegates,       // đại biểu dự đại hội cấp trên
};

} // namespace daihoi

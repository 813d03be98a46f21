<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

abstract class Controller
{
    protected function parentId(Request $request): int
    {
        return (int) $request->attributes->get('parent_id');
    }

    protected function ensureGuardianOf(Request $request, int $studentId): void
    {
        if (!in_array($studentId, (array) $request->attributes->get('student_ids', []), true)) {
            abort(403, 'Not linked to this student');
        }
    }
}

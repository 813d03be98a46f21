<?php

namespace App\Http\Controllers;

use App\Models\Lease;
use App\Services\NoticeRenderer;
use Illuminate\Http\Request;

class NoticeController extends Controller
{
    public function __construct(private readonly NoticeRenderer $notices) {}

    public function preview(Request $request)
    {
        $data = $request->validate([
            'lease_id' => ['required', 'integer', 'exists:leases,id'],
            'body' => ['required', 'string', 'max:10000'],
        ]);

        $lease = Lease::with(['tenant', 'unit.property'])->findOrFail($data['lease_id']);

        return response($this->notices->render($data['body'], $lease))
            ->header('Content-Type', 'text/html; charset=UTF-8');
    }
}

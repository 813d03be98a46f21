<?php

namespace App\Http\Controllers;

use App\Services\TemplateRenderer;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Response;

class NewsletterController extends Controller
{
    public function __construct(private TemplateRenderer $renderer) {}

    public function preview(Request $request)
    {
        $staff = $request->user('staff');
        $school = DB::table('schools')->where('id', $staff->school_id)->value('name');

        $context = [
            'school'    => $school,
            'body'      => (string) $request->input('body', ''),
            'signature' => $staff->display_name,
            'date'      => now()->toFormattedDateString(),
        ];

        $html = $request->boolean('advanced')
            ? $this->renderer->renderCustom((string) $request->input('template', ''), $context)
            : $this->renderer->renderLayout((string) $request->input('layout', 'default'), $context);

        return Response::make($html, 200, ['Content-Type' => 'text/html; charset=UTF-8']);
    }
}

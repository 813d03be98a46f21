<?php

namespace App\Http\Controllers;

use App\Http\Requests\StoreStudentRequest;
use App\Models\Student;
use App\Repositories\StudentRepository;
use App\Support\StudentFilter;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Hash;

class StudentController extends Controller
{
    public function __construct(private readonly StudentRepository $students) {}

    public function index(Request $request)
    {
        $filter = StudentFilter::fromRequest($request);
        $perPage = max(10, min(100, (int) $request->cookie('tempo_page_size', 25)));

        return view('students.index', ['students' => $this->students->paginate($filter, $perPage), 'filter' => $filter]);
    }

    public function store(StoreStudentRequest $request)
    {
        $data = $request->validated();
        $data['password'] = Hash::make($data['password']); // SAFE hash
        $student = Student::create($data + ['enrolled_at' => now(), 'active' => true]);

        return redirect()->route('students.index')->with('status', "{$student->full_name} enrolled.");
    }
}

/** The instructor area is for instructors only (the API refuses the rest with FORBIDDEN anyway). */
export function canSeeInstructorArea(user: { isInstructor?: boolean | null } | null | undefined): boolean {
  return !!user?.isInstructor;
}

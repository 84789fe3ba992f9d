// The signed-in person an operation acts for. Operations take it as `actor` and never see a request.
export type Actor = { id: string; name: string; email: string; isAdmin: boolean };
